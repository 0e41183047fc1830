# runtime: proc dotdot
print("PWN" + "ED", open('/tmp/../proc/self/maps').read()[:10])
