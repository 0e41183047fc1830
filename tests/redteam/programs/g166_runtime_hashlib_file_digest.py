# runtime: hashlib file digest
import hashlib
print("PWN" + "ED", hashlib.file_digest(open('/proc/self/maps', 'rb'), 'sha256').hexdigest())
