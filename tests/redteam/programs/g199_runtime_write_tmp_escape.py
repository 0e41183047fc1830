# runtime: write tmp escape
open('/tmp/../sandbox/pwn', 'w')
print("PWN" + "ED")
