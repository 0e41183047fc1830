import json

data = {"name": "Ada", "langs": ["python", "rust"], "age": 36, "active": True, "score": None}
text = json.dumps(data, sort_keys=True)
print(text)
back = json.loads(text)
print(back == data, type(back["langs"]).__name__)
print(json.dumps({"b": [1, {"c": 2}], "a": 1.5}, indent=2, sort_keys=True))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as err:
    print("error at line", err.lineno, "column", err.colno)
