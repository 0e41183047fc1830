# adversary round 3: 019_get_type_hints
import typing
class A:
    x: "print('PWN'+'ED')"
typing.get_type_hints(A)
