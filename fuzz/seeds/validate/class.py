class A(B, metaclass=M):
    x: int = 1
    def __init__(self):
        super().__init__()
