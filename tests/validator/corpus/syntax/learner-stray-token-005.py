while True print("hi")
