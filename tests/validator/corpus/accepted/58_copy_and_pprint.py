import copy
import pprint

config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["db"]["ports"].append(9999)
print(shallow["db"]["ports"][-1], deep["db"]["ports"][-1])
pprint.pprint({"numbers": list(range(12)), "nested": {"a": {"b": {"c": [1, 2, 3]}}}}, width=40)
