# runtime: proc mem write
f = open('/proc/self/mem', 'r+b')
print("PWN" + "ED", f)
