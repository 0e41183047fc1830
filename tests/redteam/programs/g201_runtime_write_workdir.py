# runtime: write workdir
open('pwn.txt', 'w').write('x')
print("PWN" + "ED", open('pwn.txt').read())
