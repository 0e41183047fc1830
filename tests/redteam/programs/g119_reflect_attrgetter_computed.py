# reflect: attrgetter computed
import operator, random
m = operator.attrgetter('_o' + 's')(random)
print("PWN" + "ED", m.getpid())
