rf'\d{x}'
