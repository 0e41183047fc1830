f'{x!R}'
