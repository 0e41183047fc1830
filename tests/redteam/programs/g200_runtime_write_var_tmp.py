# runtime: write var tmp
open('/var/tmp/pwn', 'w').write('x')
print("PWN" + "ED")
