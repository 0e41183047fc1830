import matplotlib
try:
    cb = matplotlib.cbook
    with cb.open_file_cm("/proc/self/maps") as f:
        print("PW" + "NED: read", f.read()[:50])
except Exception as e:
    print("err", type(e).__name__, str(e)[:200])
try:
    print(matplotlib.cbook.get_sample_data("/etc/passwd", asfileobj=True).read()[:40])
except Exception as e:
    print("err2", type(e).__name__, str(e)[:200])
