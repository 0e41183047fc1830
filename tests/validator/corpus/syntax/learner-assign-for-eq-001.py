x = int(input())
if x = 5:
    print("five")
