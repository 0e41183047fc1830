f'{x:{y}\n}'
