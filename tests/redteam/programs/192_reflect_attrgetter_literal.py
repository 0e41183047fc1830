# reflect: operator.attrgetter('_os')
M = "PWN" + "ED"

import operator, random
print(M, operator.attrgetter("_os")(random).getpid())
