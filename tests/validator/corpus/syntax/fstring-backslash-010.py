f'{ord("\\n")}'
