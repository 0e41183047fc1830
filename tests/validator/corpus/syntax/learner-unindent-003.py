for i in range(3):
    if i > 1:
        print(i)
      print("small")
