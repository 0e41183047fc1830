# adversary round 8: 041: AttributeError.obj leak: make redirect_stdout's own getattr(sys, <missing>) fail and inspect the exception's .obj (and its __context__) -> expected: stripped (obj None)
import contextlib
import copy


class Z:
    _old_targets = None


cm = contextlib.redirect_stdout('no_such_attribute_xyz')
twin = copy.deepcopy(cm, {id('_new_target'): '_st' + 'ream'})
try:
    with twin:
        pass
except AttributeError as e:
    print('obj =', e.obj, 'name =', e.name, 'context =', e.__context__)
