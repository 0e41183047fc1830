def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        if value:
            yield name.strip(), int(value)

def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total

def countdown(n):
    while n > 0:
        received = yield n
        n = n - 1 if received is None else received

CONFIG = "a = 1\nb = 2\nnot a pair\nc = 30"
print(list(running_total(parse(read_lines(CONFIG)))))
gen = countdown(5)
print(next(gen), next(gen), gen.send(2), next(gen))
squares = (x * x for x in range(10))
print(sum(squares), list(squares))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5]])))
