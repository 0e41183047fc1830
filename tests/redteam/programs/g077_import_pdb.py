# import: import pdb and use it
import pdb
print("PWN" + "ED", pdb.Pdb)
