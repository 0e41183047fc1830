ｔｙｐｅ X = int
