π = 3.14159
ñandú = "bird"
名前 = "テスト"
Δx = 0.5
def площадь(r):
    return round(π * r * r, 2)
print(площадь(2), ñandú, 名前, Δx * 2)
print("naïve café".upper(), len("🐍"), "😀".encode("utf-8"))
