import dataclasses
import json
grab = []


def peek(c):
    grab.append(c.__init__)
    return "d"


try:
    W = dataclasses.make_dataclass("W", [("loads", object)], frozen=True,
                                   namespace={"__doc__": classmethod(property(peek))})
    grab[-1](json, lambda *a, **k: "spied")
    print("PW" + "NED: json.loads via make_dataclass window:", json.loads("1"))
except Exception as e:
    print("refused", type(e).__name__, e)
