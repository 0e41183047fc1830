f'{(lambda: "\\")()}'
