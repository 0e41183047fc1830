import hashlib
import base64
import binascii

digest = hashlib.sha256(b"hello").hexdigest()
print(digest[:16], hashlib.md5(b"abc").hexdigest())
encoded = base64.b64encode("sandbox ✓".encode())
print(encoded, base64.b64decode(encoded).decode(), binascii.hexlify(b"hi"))
