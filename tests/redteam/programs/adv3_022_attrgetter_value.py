# adversary round 3: 022_attrgetter_value
import operator
f = operator.attrgetter
print(f("__glo" + "bals__")(operator.add), "PWN" + "ED")
