# import: import zipimport and use it
import zipimport
print("PWN" + "ED", zipimport.zipimporter)
