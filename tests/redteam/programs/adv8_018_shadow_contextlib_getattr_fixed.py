# adversary round 8: 018: (017 fixed) object.__setattr__(contextlib,"getattr",spy); redirect_stdout.__enter__ calls getattr(sys,"stdout") -> spy receives the real sys module
import contextlib
import io

got = []


def spy(obj, name, *default):
    got.append(obj)
    return obj.stdout


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
