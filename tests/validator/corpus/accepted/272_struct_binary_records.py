import struct
import io

RECORD = struct.Struct("<I16sfH")
people = [(1, "alice", 1.68, 30), (2, "bob", 1.80, 45), (3, "chandrasekhar", 1.75, 60)]
buf = io.BytesIO()
for pid, name, height, age in people:
    buf.write(RECORD.pack(pid, name.encode(), height, age))
raw = buf.getvalue()
print(len(raw), RECORD.size, raw[:8].hex())
for offset in range(0, len(raw), RECORD.size):
    pid, name, height, age = RECORD.unpack_from(raw, offset)
    print(pid, name.rstrip(b"\x00").decode(), f"{height:.2f}", age)
print(struct.pack(">H", 0x1234), struct.pack("<H", 0x1234))
print(struct.unpack(">d", struct.pack(">d", 3.5)))
print(struct.calcsize("@bi"), struct.calcsize("=bi"))
header = struct.pack("!4sBBH", b"PNG!", 1, 2, 512)
print(struct.unpack("!4sBBH", header))
print(list(struct.iter_unpack("<h", b"\x01\x00\xff\xff\x10\x00")))
