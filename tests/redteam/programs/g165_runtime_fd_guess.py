# runtime: fd guess
for fd in range(3, 12):
    try:
        f = open(fd, 'rb', closefd=False)
        print("PWN" + "ED", fd, f.read(10))
    except OSError:
        pass
