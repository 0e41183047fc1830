# adversary round 3: 020_getattr_computed
import dataclasses
g = getattr(dataclasses.fields, "__glo" + "bals__")
print(g["s" + "ys"], "PWN" + "ED")
