# adversary round 8: 027: /proc through relative paths and /dev/fd links: open('../proc/self/maps'), open('/dev/fd/../../proc/self/status') -> expected refused (realpath)
for p in ['../proc/self/maps', '/tmp/../proc/self/status', '/dev/stdin/../../proc/self/environ', '/dev/fd/0']:
    try:
        with open(p, 'rb') as f:
            print(p, 'OPENED', f.read(60))
    except Exception as e:
        print(p, type(e).__name__, e)
