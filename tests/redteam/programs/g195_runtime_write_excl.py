# runtime: write excl
open('/sandbox/pwn', 'x')
print("PWN" + "ED")
