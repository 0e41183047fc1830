# module: import ftplib: an FTP object
M = "PWN" + "ED"

import ftplib
print(M, ftplib.FTP())
