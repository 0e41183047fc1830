# runtime: proc double slash
print("PWN" + "ED", open('//proc//self//maps').read()[:10])
