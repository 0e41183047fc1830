# runtime: proc thread self
print("PWN" + "ED", open('/proc/thread-self/maps').read()[:10])
