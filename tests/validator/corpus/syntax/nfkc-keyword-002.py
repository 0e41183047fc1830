print(Ｔｒｕｅ)
