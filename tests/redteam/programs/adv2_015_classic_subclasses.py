# adversary round 2: 015_classic_subclasses
print(().__class__.__base__.__subclasses__())