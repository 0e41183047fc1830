# runtime: write append
open('/sandbox/pwn', 'a').write('x')
print("PWN" + "ED")
