f'{x:{y!r}}'
