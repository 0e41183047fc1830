# reflect: methodcaller dunder
import operator
c = operator.methodcaller('__subclasses__')(object)
print("PWN" + "ED", len(c))
