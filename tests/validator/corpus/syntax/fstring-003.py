f'{x!s}{x!r}{x!a}'
