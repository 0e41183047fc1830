# adversary round 8: 044: string evaluation by typing: reach get_type_hints through object.__getstate__(typing) and ask it to evaluate an annotation string -> expected: typing's eval refused by the audit hook (eval only at dataclasses'/namedtuple's generator sites)
import typing

gth = object.__getstate__(typing)['get_type' + '_hints']


def f(x: "print('PWN' + 'ED') or int"):
    pass


print(gth(f))
