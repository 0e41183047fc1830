# runtime: write bytes path
open(b'/sandbox/pwn', 'wb')
print("PWN" + "ED")
