import typing, json
A = type(typing.List[int])(json, (int,))
try:
    print("PW" + "NED", A.codecs)
except BaseException as e:
    print("refused:", type(e).__name__, e)
