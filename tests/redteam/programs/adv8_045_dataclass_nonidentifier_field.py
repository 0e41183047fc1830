# adversary round 8: 045: code injection through dataclasses: a metaclass __new__ plants __annotations__ with a non-identifier key so the generated __init__ text carries our code -> expected run-time refusal (field names must be identifiers; generated code checked)
import dataclasses

pending = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if pending:
            ns.update(pending.pop())
        return super().__new__(mcls, name, bases, ns)


pending.append({'__annot' + 'ations__': {"x=print('PWN'+'ED')": int}})


class D(metaclass=Meta):
    pass


dataclasses.dataclass(D)
D()
