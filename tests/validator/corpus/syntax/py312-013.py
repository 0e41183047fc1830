f'{"\n".join(a)}'
