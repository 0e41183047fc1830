f'\N{DIGIT ONE}{x}'
