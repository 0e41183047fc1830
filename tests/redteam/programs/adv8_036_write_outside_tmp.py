# adversary round 8: 036: files outside /tmp: write /sandbox/x, /tmp/../sandbox/y, append to /etc/passwd, open fd 3 -> expected refusals
for args in (('/sandbox/x', 'w'), ('/tmp/../sandbox/y', 'w'), ('/etc/passwd', 'a'), (3, 'r'), ('/tmp/ok', 'w')):
    try:
        with open(*args) as f:
            print(args, 'OPENED')
    except Exception as e:
        print(args, type(e).__name__, e)
