from x import y.z
