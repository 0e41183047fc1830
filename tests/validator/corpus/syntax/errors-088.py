x: int, y: int
