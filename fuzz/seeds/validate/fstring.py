x = 1
print(f'{x!r:>{w}} {x=} {"a" + f"{x}"}')
