from collections import namedtuple, OrderedDict, ChainMap, deque, Counter
import collections.abc

Card = namedtuple("Card", "rank suit")
hand = [Card("A", "spades"), Card("10", "hearts")]
print(hand[0], hand[1].suit, Card._fields)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
defaults = {"color": "red", "size": 1}
user = {"size": 3}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm))
d = deque(range(5), maxlen=5)
d.append(5)
d.rotate(2)
print(list(d))
c = Counter("mississippi")
print(c.most_common(2), c["s"], (c + Counter("sip"))["p"])
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Sequence))
