text = '''Line one
Line two
print(text)
