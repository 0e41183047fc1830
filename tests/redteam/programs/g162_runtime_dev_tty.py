# runtime: dev tty
print("PWN" + "ED", open('/dev/tty', 'w'))
