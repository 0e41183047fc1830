f'{x}' f'{y}'
