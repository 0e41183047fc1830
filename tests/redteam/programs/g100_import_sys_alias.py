# import: import sys under another name
import sys as m
print("PWN" + "ED", m)
