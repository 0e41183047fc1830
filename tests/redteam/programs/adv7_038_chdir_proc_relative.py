# adversary round 7: contextlib.chdir (3.11) into /proc and /proc/self/fd, then relative opens: does the open check resolve relative paths against the new cwd?
import contextlib
for d, rel in [('/proc', 'self/mem'), ('/proc/self', 'environ'), ('/proc/self/fd', '0'), ('/', 'proc/self/maps')]:
    try:
        with contextlib.chdir(d):
            with open(rel, 'rb') as f:
                print('OPENED', d, rel, f.read(8))
                print('PWN' + 'ED')
    except Exception as e:
        print('refused', d, rel, type(e).__name__, str(e)[:70])
