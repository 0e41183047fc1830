class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

class Account:
    interest = 0.02
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        return self

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.interest))

a = Account("ann", 100).deposit(50)
s = Savings("sam", 1000).add_interest()
print(a, s, Account.count(), Account.fee(250))
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed)
print(isinstance(s, Account), type(s).__name__, Savings.__qualname__, issubclass(Savings, Account))
