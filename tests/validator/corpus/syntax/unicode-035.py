def ｆ(): pass
