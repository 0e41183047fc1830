# adversary round 8: 032: (031 fixed) functools.update_wrapper(ours, typing) would copy typing.__dict__ into our function -> expected run-time refusal (check_value: module namespace)
import functools
import typing


def f():
    pass


functools.update_wrapper(f, typing)
print(f.Any)
print('PWN' + 'ED')
