# adversary round 2: 032_runtime_format_globals
import dataclasses
s = "{0.__glo" + "bals__[sys]}"
print(s.format(dataclasses.fields))
