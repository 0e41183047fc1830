from collections import Counter

stock = Counter(apples=10, pears=4, plums=0, kiwis=7)
order1 = Counter({"apples": 3, "kiwis": 7, "pears": 1})
order2 = Counter("apples apples pears figs".split())
print(sorted((stock - order1).items()))
print(sorted((order1 + order2).items()))
print(sorted((order1 & order2).items()), sorted((order1 | order2).items()))
stock.subtract(order2)
print(sorted(stock.items()))
print(sorted(+stock), sorted((-stock).items()))
print(stock.total(), list(Counter("mississippi").elements()))
print(Counter("mississippi").most_common(2))
print(Counter(a=1) == Counter(a=1, b=0))
