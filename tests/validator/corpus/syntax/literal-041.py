x = b'\xff'
