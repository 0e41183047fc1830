from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()


PRICES = {"A1": 125, "A2": 90, "B1": 200}


class Vending:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {"A1": 2, "A2": 0, "B1": 5}

    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            return f"rejected coin {cents}"
        self.credit += cents
        self.state = State.HAS_MONEY
        return f"credit {self.credit}"

    def select(self, code):
        if self.state is not State.HAS_MONEY:
            return "insert money first"
        if code not in PRICES:
            return f"unknown item {code}"
        if self.stock[code] == 0:
            return f"{code} sold out"
        if self.credit < PRICES[code]:
            return f"need {PRICES[code] - self.credit} more"
        self.state = State.DISPENSING
        self.stock[code] -= 1
        change = self.credit - PRICES[code]
        self.credit = 0
        self.state = State.IDLE
        return f"dispense {code}, change {self.make_change(change)}"

    @staticmethod
    def make_change(c):
        coins = []
        for coin in (100, 25, 10, 5):
            n, c = divmod(c, coin)
            coins += [coin] * n
        return coins


m = Vending()
for line in open(0).read().split():
    cmd, _, arg = line.partition(":")
    out = m.insert(int(arg)) if cmd == "coin" else m.select(arg)
    print(f"{line:<10} -> {out:<32} [{m.state.name}]")
