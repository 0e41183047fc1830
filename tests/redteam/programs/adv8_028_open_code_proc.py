# adversary round 8: 028: io.open_code and io.FileIO on /proc/self/mem and /proc/self/maps -> expected refused by the open audit check
import io
for opener in (io.open_code, io.FileIO):
    for p in ('/proc/self/maps', '/proc/self/mem'):
        try:
            f = opener(p)
            print(opener, p, 'OPENED', f.read(40))
        except Exception as e:
            print(p, type(e).__name__, e)
