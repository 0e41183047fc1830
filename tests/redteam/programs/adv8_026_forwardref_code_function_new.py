# adversary round 8: 026: typing compiles a ForwardRef string (allowed library compile); object.__getstate__ hands us __forward_code__; try to run it with FunctionType(code, globals) -> expected: function.__new__ audit refuses
import typing

fr = typing.List["(lambda: 'PWN' + 'ED')()"].__args__[0]
state = object.__getstate__(fr)
print(type(state), state)
slots = state[1] if type(state) is tuple else state
code = [v for v in slots.values() if 'code' in repr(type(v))][0]
print('got code object:', code)
F = type(lambda: 0)
f = F(code, {})
print(f())
