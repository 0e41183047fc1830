# import: import pickle and unpickle a call to os.system
M = "PWN" + "ED"

import pickle
pickle.loads(b"cposix\nsystem\n(S'echo PWN\"\"ED; id'\ntR.")
