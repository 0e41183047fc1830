x: 'int' = 1
