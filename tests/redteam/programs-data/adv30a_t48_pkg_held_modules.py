import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
tries = [
    ("matplotlib.backend_bases.signal", lambda: matplotlib.backend_bases.signal),
    ("matplotlib.cbook.functools", lambda: matplotlib.cbook.functools),
    ("matplotlib.cbook.io", lambda: matplotlib.cbook.io),
    ("matplotlib.cbook.Path", lambda: matplotlib.cbook.Path),
    ("np.compat.py3k.io", lambda: np.compat.py3k.io),
    ("pd.io.common.zipfile", lambda: pd.io.common.zipfile),
    ("matplotlib.font_manager.platform", lambda: matplotlib.font_manager.platform),
    ("matplotlib.cbook.contextlib", lambda: matplotlib.cbook.contextlib),
]
for label, get in tries:
    try:
        m = get()
        print(label, "->", m)
    except Exception as e:
        print(label, "err", type(e).__name__, str(e)[:120])
try:
    sig = matplotlib.backend_bases.signal
    print("PW" + "NED: module off the allow-list (signal) used: getsignal(SIGINT) =", sig.getsignal(sig.SIGINT), "pthread_self-sigmask:", sig.pthread_sigmask(sig.SIG_BLOCK, []))
except Exception as e:
    print("sig err", type(e).__name__, str(e)[:200])
try:
    pl = matplotlib.font_manager.platform
    print("PW" + "NED: platform module used:", pl.node(), pl.uname())
except Exception as e:
    print("platform err", type(e).__name__, str(e)[:200])
