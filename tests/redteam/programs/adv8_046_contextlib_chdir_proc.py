# adversary round 8: 046: contextlib.chdir (3.11) changes the process cwd through the library (os.chdir is not a refused event); then open relative names inside /proc -> expected: the open check resolves against the cwd and refuses
import contextlib
for d, name in (('/proc/self', 'mem'), ('/proc/self', 'maps'), ('/proc', 'self/status')):
    try:
        with contextlib.chdir(d):
            with open(name, 'rb') as f:
                print(d, name, 'OPENED', f.read(40))
    except Exception as e:
        print(d, name, type(e).__name__, e)
