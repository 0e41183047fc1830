# adversary round 8: 039: copy via a reduce hook of our own class (installed by a metaclass __new__, no literal dunder) whose callable returns a library module and whose state writes its namespace -> expected run-time refusal by the launcher's reconstruct wrapper (x is ours)
import copy
import json

pending = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if pending:
            ns.update(pending.pop())
        return super().__new__(mcls, name, bases, ns)


def hook(self, proto):
    return (lambda: json, (), ({'dumps': print}, None))


pending.append({'__reduce' + '_ex__': hook})


class H(metaclass=Meta):
    pass


copy.copy(H())
print('json.dumps is now', json.dumps)
