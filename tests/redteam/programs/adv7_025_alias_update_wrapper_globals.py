# adversary round 7: update_wrapper alias asking for __globals__ / __closure__ / __builtins__ / f_back (expect LIBRARY_REFUSED at run time)
import functools, typing
uw = functools.update_wrapper
box = {}
class C:
    def __setattr__(self, k, v):
        box[k] = v
for n in ['__glo' + 'bals__', '__clo' + 'sure__', '__buil' + 'tins__', '__co' + 'de__']:
    try:
        uw(C(), typing.cast, (n,), ())
        print('got', n, type(box.get(n)))
    except PermissionError as e:
        print('refused', n, e)
if '__glo' + 'bals__' in box:
    print('PWN' + 'ED')
