class C[T: int]: pass
