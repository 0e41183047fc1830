# runtime: proc mem rb
print("PWN" + "ED", open('/proc/self/mem', 'rb'))
