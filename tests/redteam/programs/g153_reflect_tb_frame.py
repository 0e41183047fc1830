# reflect: tb frame
try:
    1/0
except Exception as e:
    print("PWN" + "ED", e.__traceback__.tb_frame.f_back.f_globals['os'].getpid())
