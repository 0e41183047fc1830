# module: import zipimport: zipimport.zipimporter
M = "PWN" + "ED"

import zipimport
print(M, zipimport.zipimporter)
