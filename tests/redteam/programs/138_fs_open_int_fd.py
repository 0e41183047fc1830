# fs: open() on descriptors 3..20 inherited from the launcher or the container
M = "PWN" + "ED"

for fd in range(3, 21):
    try:
        f = open(fd, "rb", closefd=False)
        print(M, "fd", fd, f.read(40))
    except Exception as e:
        pass
