ａｓｙｎｃ def f(): pass
