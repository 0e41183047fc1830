# adversary round 7: file-system wall: /proc/self/mem, /proc/self/environ, /proc/1/root, /sys, /dev/mem, bytes paths, '//proc', fd numbers, io.FileIO, io.open_code
import io
tries = ['/proc/self/mem', b'/proc/self/environ', '//proc/self/maps', '/proc/1/root/etc/hostname',
         '/sys/kernel/notes', '/dev/mem', '/tmp/../proc/self/status', 3, 7]
for t in tries:
    for opener in (open, io.FileIO, io.open_code):
        try:
            f = opener(t) if opener is not io.open_code or not isinstance(t, int) else None
            if f is None:
                continue
            data = f.read(16)
            print('OPENED', opener.__name__, t, data[:16])
            if t in ('/proc/self/mem',):
                print('PWN' + 'ED')
        except Exception as e:
            print('refused', opener.__name__, t, type(e).__name__, str(e)[:70])
