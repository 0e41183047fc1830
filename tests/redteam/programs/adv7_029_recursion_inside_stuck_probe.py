# adversary round 7: robustness of the wall under RecursionError: try to leave the policy's `inside` counter raised (enter() without leave()) by overflowing the stack at every depth near the limit in getattr, audited format, open, setattr; probe = audited read of __code__ through a computed format string
class O:
    x = 1
o = O()
def f():
    pass
def probe():
    try:
        ("{0.__co" + "de__}").format(f)
        return True
    except PermissionError:
        return False
ops = {
    'getattr': lambda: getattr(o, 'x'),
    'fmt': lambda: ("{0.__co" + "de__}").format(f),
    'open': lambda: open('/etc/hostname').close(),
    'setattr': lambda: setattr(o, 'y', 1),
}
def rec(n, op):
    if n == 0:
        return op()
    return rec(n - 1, op)
def down(n):
    try:
        return down(n + 1)
    except RecursionError:
        return n
maxd = down(0)
for name, op in ops.items():
    hit = None
    for k in range(maxd - 80, maxd + 5):
        try:
            rec(k, op)
        except (RecursionError, PermissionError, OSError):
            pass
        if probe():
            hit = k
            break
    print(name, 'max depth', maxd, 'stuck at', hit)
    if hit is not None:
        print('PWN' + 'ED')
        break
