# runtime: write devshm
open('/dev/shm/pwn', 'w').write('x')
print("PWN" + "ED")
