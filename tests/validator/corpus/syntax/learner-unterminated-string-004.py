def shout(word):
    return word.upper() + '!
print(shout("hi"))
