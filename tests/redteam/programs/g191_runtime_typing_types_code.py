# runtime: typing types code
import typing
f = lambda: 0
print("PWN" + "ED", typing.types.FunctionType(f.__code__, {}))
