import operator
f = operator.attrgetter('a.__class__')
