import pprint

data = {
    "project": "corpus",
    "version": (1, 4, 2),
    "maintainers": [{"name": "Ann", "email": "ann@example.org", "roles": ["lead", "review"]},
                    {"name": "Ben", "email": "ben@example.org", "roles": ["ci"]}],
    "matrix": [[i * j for j in range(8)] for i in range(4)],
    "flags": {"z_last": True, "a_first": False, "m_mid": None},
}
pprint.pprint(data, width=60)
print(pprint.pformat(data["flags"]))
print(pprint.pformat(data["matrix"], compact=True, width=50))
pprint.pprint(data, depth=1)
print(pprint.isreadable(data), pprint.saferepr([1, 2, [3, [4]]]))
pp = pprint.PrettyPrinter(indent=4, width=40, sort_dicts=False)
pp.pprint(data["flags"])
