match[x]
