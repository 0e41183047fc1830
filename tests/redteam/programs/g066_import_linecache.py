# import: import linecache and use it
import linecache
print("PWN" + "ED", linecache.getline('/etc/passwd', 1))
