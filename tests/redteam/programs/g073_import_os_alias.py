# import: import os under another name
import os as m
print("PWN" + "ED", m)
