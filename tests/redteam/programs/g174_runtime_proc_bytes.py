# runtime: proc bytes
print("PWN" + "ED", open(b'/proc/self/maps').read()[:10])
