for i in range(3):
    print("Round", i)
print("Game over!)
score = 0
