from collections import ChainMap

defaults = {"color": "blue", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
settings = ChainMap(cli, env, defaults)
print(settings["color"], settings["size"], settings["debug"])
print(sorted(settings.items()))
child = settings.new_child({"color": "red"})
print(child["color"], settings["color"], len(child.maps))
child["extra"] = 1
print(sorted(child.maps[0].items()))
print(dict(child.parents) == dict(settings))


def lookup(scopes, name):
    for depth, scope in enumerate(scopes.maps):
        if name in scope:
            return depth, scope[name]
    raise KeyError(name)


print(lookup(child, "size"), lookup(child, "debug"))
try:
    lookup(child, "missing")
except KeyError as e:
    print("missing key", e)
