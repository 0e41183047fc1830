f'{x:>{w}}\n{y!r}'
