# runtime: dev kmsg
print("PWN" + "ED", open('/dev/kmsg').read(1))
