# import: import subprocess under another name
import subprocess as m
print("PWN" + "ED", m)
