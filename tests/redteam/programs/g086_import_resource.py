# import: import resource and use it
import resource
print("PWN" + "ED", resource.getrlimit(0))
