import array
import struct

a = array.array("i", [1, 2, 3])
a.append(4)
print(a.tolist(), a.itemsize >= 2, sum(a))
packed = struct.pack("<hI", -2, 70000)
print(packed, struct.unpack("<hI", packed), struct.calcsize("<hI"))
