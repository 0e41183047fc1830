f'{x.__class__}'
