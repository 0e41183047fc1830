# runtime: sys kernel
print("PWN" + "ED", open('/sys/kernel/hostname').read())
