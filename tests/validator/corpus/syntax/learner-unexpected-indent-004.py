for i in range(3):
    print(i)
      print(i * 2)
print("end")
