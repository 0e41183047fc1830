f'\t{x}\n'
