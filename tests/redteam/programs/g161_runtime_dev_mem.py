# runtime: dev mem
print("PWN" + "ED", open('/dev/mem', 'rb').read(1))
