# runtime: inspect via dataclasses
import dataclasses
print("PWN" + "ED", dataclasses.inspect.stack()[0])
