x = (await i for i in a)
