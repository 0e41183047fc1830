# adversary round 2: 031_literal_format_globals
import dataclasses
print("{0.__globals__[sys]}".format(dataclasses.fields))
