x = br'\x' rb'\y'
