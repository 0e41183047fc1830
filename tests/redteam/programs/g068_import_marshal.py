# import: import marshal and use it
import marshal
print("PWN" + "ED", marshal.loads(marshal.dumps(1)))
