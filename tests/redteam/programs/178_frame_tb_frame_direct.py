# frame: exception __traceback__.tb_frame.f_back.f_globals (static wall)
M = "PWN" + "ED"

try:
    1 / 0
except ZeroDivisionError as e:
    f = e.__traceback__.tb_frame
    while f is not None:
        if "os" in f.f_globals:
            print(M, f.f_globals["os"].getpid())
            break
        f = f.f_back
