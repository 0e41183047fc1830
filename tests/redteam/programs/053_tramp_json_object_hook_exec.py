# tramp: json.loads object_hook (a lambda of the program's) that execs a field
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import json
try:
    json.loads('{"c": "print(\'PWN\' + \'ED\')"}', object_hook=lambda d: rb["exec"](d["c"]))
except Exception as e:
    print("refused:", type(e).__name__, e)
