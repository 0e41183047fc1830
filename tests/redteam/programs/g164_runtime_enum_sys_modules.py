# runtime: enum sys modules
import enum
print("PWN" + "ED", enum.sys.modules['os'].getpid())
