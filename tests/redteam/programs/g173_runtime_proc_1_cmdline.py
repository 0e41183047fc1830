# runtime: proc 1 cmdline
print("PWN" + "ED", open('/proc/1/cmdline').read())
