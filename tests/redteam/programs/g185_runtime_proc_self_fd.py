# runtime: proc self fd
print("PWN" + "ED", open('/proc/self/fd/0').read(1))
