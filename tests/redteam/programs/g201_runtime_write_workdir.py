# runtime: write beside the working directory (/tmp is the scratch space; its parent is the image)
open('../pwn.txt', 'w').write('x')
print("PWN" + "ED", open('../pwn.txt').read())
