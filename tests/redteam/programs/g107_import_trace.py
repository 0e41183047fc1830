# import: import trace and use it
import trace
print("PWN" + "ED", trace.Trace)
