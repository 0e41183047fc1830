# runtime: proc relative
print("PWN" + "ED", open('../proc/self/maps').read()[:10])
