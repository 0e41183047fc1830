# module: import smtplib: an SMTP object
M = "PWN" + "ED"

import smtplib
print(M, smtplib.SMTP)
