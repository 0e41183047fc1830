class InsufficientFunds(Exception):
    pass


class Account:
    interest_rate = 0.02
    next_number = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.log.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 50)

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self._balance})"


a = Account("ann", 100)
b = Account.with_bonus("ben")
a.transfer(b, 30)
print(a, b)
for action in (lambda: a.withdraw(500), lambda: b.deposit(-1), lambda: b.transfer(a, 80)):
    try:
        action()
        print("ok", a, b)
    except (InsufficientFunds, ValueError) as e:
        print("error:", e)
print(a.log, b.log)
print(f"{a.balance * (1 + Account.interest_rate):.2f}")
