f'{x:#{y}x}'
