python_devs = {"ann", "bob", "cai", "dee"}
rust_devs = {"cai", "dee", "eve"}
go_devs = {"bob", "eve", "fay"}
print(sorted(python_devs & rust_devs), sorted(python_devs | go_devs))
print(sorted(python_devs - rust_devs), sorted(python_devs ^ rust_devs))
print(sorted(set.union(python_devs, rust_devs, go_devs)))
print({"cai"} <= rust_devs, python_devs.isdisjoint({"zed"}), rust_devs >= {"eve"})
s = set()
for w in "the cat sat on the mat with the hat".split():
    s.add(w)
print(len(s), sorted(s))
s.discard("dog")
s.remove("cat")
print(sorted(s))
fs = frozenset([3, 1, 2])
print(sorted(fs), {fs: "frozen key"}[frozenset({1, 2, 3})])
print(sorted({x % 7 for x in range(50)}), sorted({c for c in "mississippi"}))
nums = [4, 1, 4, 2, 1, 3, 2, 5]
seen = set()
unique_in_order = [x for x in nums if not (x in seen or seen.add(x))]
print(unique_in_order)
