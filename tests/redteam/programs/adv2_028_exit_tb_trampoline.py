# adversary round 2: 028_exit_tb_trampoline
import contextlib
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
        self.tb = tb
        return True
with CM() as c:
    1/0
print("got traceback object", type(c.tb).__name__)
