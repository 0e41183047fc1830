import hashlib
import hmac
import zlib
import binascii

messages = [b"", b"hello", b"The quick brown fox jumps over the lazy dog"]
for m in messages:
    print(hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest()[:16], f"{zlib.crc32(m):08x}", zlib.adler32(m))
h = hashlib.sha256()
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(messages[2]).hexdigest(), h.digest_size, h.name)
print(hashlib.blake2b(b"data", digest_size=16).hexdigest())
key = b"secret-key"
sig = hmac.new(key, b"amount=100&to=bob", hashlib.sha256).hexdigest()
print(sig)
print(hmac.compare_digest(sig, hmac.new(key, b"amount=100&to=bob", "sha256").hexdigest()))
print(binascii.hexlify(b"\x00\xffAB"), binascii.unhexlify("48656c6c6f"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
