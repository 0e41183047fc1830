# adversary round 8: 029: evaluate a ForwardRef string through typing's private _evaluate -> expected 422 (private name of the library)
import typing
fr = typing.List["print('PWN' + 'ED')"].__args__[0]
fr._evaluate({}, {}, frozenset())
