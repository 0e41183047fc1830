greeting = "It's a \
nice day
print(greeting)
