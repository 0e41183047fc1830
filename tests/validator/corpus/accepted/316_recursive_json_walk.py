import json

doc = json.loads("""
{"name": "root", "size": 0, "children": [
  {"name": "src", "children": [
     {"name": "main.rs", "size": 1200},
     {"name": "lib.rs", "size": 5400},
     {"name": "util", "children": [{"name": "mod.rs", "size": 300}, {"name": "io.rs", "size": 2100}]}
  ]},
  {"name": "README.md", "size": 800},
  {"name": "tests", "children": [{"name": "it.rs", "size": 950}]}
]}
""")


def total(node):
    return node.get("size", 0) + sum(total(c) for c in node.get("children", []))


def render(node, prefix=""):
    kids = node.get("children", [])
    for i, child in enumerate(kids):
        last = i == len(kids) - 1
        label = child["name"] + ("/" if "children" in child else "")
        print(f"{prefix}{'└── ' if last else '├── '}{label} [{total(child)}]")
        if "children" in child:
            render(child, prefix + ("    " if last else "│   "))


def paths(node, base=""):
    here = f"{base}/{node['name']}" if base else node["name"]
    if "children" not in node:
        yield here, node["size"]
    for c in node.get("children", []):
        yield from paths(c, here)


print(f"{doc['name']} [{total(doc)}]")
render(doc)
for p, s in sorted(paths(doc), key=lambda x: -x[1])[:3]:
    print(f"{s:>6} {p}")
