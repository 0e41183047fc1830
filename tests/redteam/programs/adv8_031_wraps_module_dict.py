# adversary round 8: 031: functools.update_wrapper(ours, typing) copies typing.__dict__ into our function's __dict__ -> expected runtime refusal (check_value: a module's namespace)
import functools
import typing


def f():
    pass


functools.update_wrapper(f, typing)
print(f.sys)
print('PWN' + 'ED')
