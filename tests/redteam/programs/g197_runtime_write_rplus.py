# runtime: write rplus
open('/opt/sandbox/launcher.py', 'r+')
print("PWN" + "ED")
