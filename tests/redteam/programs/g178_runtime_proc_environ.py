# runtime: proc environ
print("PWN" + "ED", open('/proc/self/environ', 'rb').read())
