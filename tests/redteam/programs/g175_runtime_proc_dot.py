# runtime: proc dot
print("PWN" + "ED", open('/proc/./self/./maps').read()[:10])
