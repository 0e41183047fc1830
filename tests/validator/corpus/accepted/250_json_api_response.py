import json

payload = """
{"users": [
  {"id": 1, "name": "Ana", "roles": ["admin", "dev"], "active": true, "meta": {"logins": 42}},
  {"id": 2, "name": "Ben", "roles": ["dev"], "active": false, "meta": {"logins": 3}},
  {"id": 3, "name": "Cai", "roles": [], "active": true, "meta": {"logins": 17, "mfa": true}}
], "page": 1, "total": 3, "next": null}
"""
doc = json.loads(payload)
active = [u for u in doc["users"] if u["active"]]
print([u["name"] for u in active])
by_role = {}
for u in doc["users"]:
    for r in u["roles"] or ["none"]:
        by_role.setdefault(r, []).append(u["id"])
print(json.dumps(by_role, sort_keys=True))
print(sum(u["meta"]["logins"] for u in doc["users"]))
print(doc["next"] is None, [u["meta"].get("mfa", False) for u in doc["users"]])
summary = {"count": len(active), "names": [u["name"] for u in active], "ratio": len(active) / doc["total"]}
print(json.dumps(summary, indent=4))
print(json.dumps({"text": "caf\u00e9 \u2603", "n": 1.5}, ensure_ascii=False))
print(json.dumps({"text": "caf\u00e9"}))
try:
    json.loads('{"bad": }')
except json.JSONDecodeError as e:
    print("error at", e.lineno, e.colno, e.msg)
