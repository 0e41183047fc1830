f'{# comment}'
