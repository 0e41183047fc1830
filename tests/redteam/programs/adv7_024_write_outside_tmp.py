# adversary round 7: writes outside /tmp: traversal, bytes, /dev/shm, /var/tmp, opener=, relative path out of the working directory (/tmp)
import io
for p in ['/tmp/../etc/x', b'/etc/x', '/var/tmp/x', '/dev/shm/x', '../x.txt', '/tmp/./../root/x']:
    try:
        with open(p, 'w') as f:
            f.write('x')
        print('WROTE', p)
        print('PWN' + 'ED')
    except Exception as e:
        print('refused', p, type(e).__name__, str(e)[:80])
with open('/tmp/ok.txt', 'w') as f:
    f.write('fine')
print('tmp write ok')
