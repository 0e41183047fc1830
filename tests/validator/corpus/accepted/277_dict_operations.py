inventory = {"apple": 3, "banana": 5}
inventory["cherry"] = 7
inventory.update({"apple": 4, "date": 1})
print(inventory)
print(inventory.get("fig"), inventory.get("fig", 0), inventory.setdefault("fig", 2), inventory)
print(inventory.pop("banana"), inventory.popitem(), inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items()))
merged = inventory | {"grape": 9, "apple": 0}
print(merged)
inventory |= {"kiwi": 11}
print(inventory)
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()})
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict(a=1, b=2))
by_len = {}
for w in ["hi", "yo", "hey", "hello", "sup"]:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print(sorted(merged, key=merged.get), max(merged, key=merged.get))
print("apple" in merged, 9 in merged.values(), len(merged))
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y", "default"))
