# reflect: operator.attrgetter with a computed dotted path
M = "PWN" + "ED"

import operator, random
print(M, operator.attrgetter("_o" + "s")(random).getpid())
