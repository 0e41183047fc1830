# eval: pdb.run (static wall)
import pdb
import io
pdb.Pdb(nosigint=True, stdin=io.StringIO("c\n")).runeval("print('PWN' + 'ED')")
