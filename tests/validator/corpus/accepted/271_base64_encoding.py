import base64

data = "Grüße, 世界! ✓".encode("utf-8")
print(data)
b64 = base64.b64encode(data)
print(b64, base64.b64decode(b64).decode("utf-8"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe binary"))
print(base64.b32encode(b"hello"), base64.b16encode(b"hi"))
print(base64.a85encode(b"ascii85 test"), base64.b85encode(b"base85"))
token = base64.urlsafe_b64encode(b'{"user":"ann","exp":1700000000}').rstrip(b"=")
print(token)
padded = token + b"=" * (-len(token) % 4)
print(base64.urlsafe_b64decode(padded))
try:
    base64.b64decode(b"abc", validate=True)
except Exception as e:
    print("decode error:", e)
