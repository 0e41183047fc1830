print(f'{😀}')
