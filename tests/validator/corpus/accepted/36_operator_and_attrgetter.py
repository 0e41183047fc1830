import operator
from operator import itemgetter, attrgetter, methodcaller

class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return self.name

staff = [Emp("z", "ops", 50), Emp("a", "dev", 70), Emp("m", "dev", 60)]
print(sorted(staff, key=attrgetter("dept", "salary")))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(methodcaller("upper"), ["x", "y"])), operator.add(2, 3), operator.neg(4))
print(getattr(staff[0], "name"), hasattr(staff[0], "salary"), getattr(staff[0], "age", "n/a"))
setattr(staff[0], "salary", 55)
print(staff[0].salary)
