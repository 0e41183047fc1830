f'{x !r}'
