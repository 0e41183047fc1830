# runtime: recursion traceback
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("PWN" + "ED", e.__traceback__.tb_frame)
