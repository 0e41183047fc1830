# runtime: proc maps
print("PWN" + "ED", open('/proc/self/maps').read()[:40])
