# runtime: write sandbox abs
open('/sandbox/pwn', 'w').write('x')
print("PWN" + "ED")
