import enum, operator, json
class MyE(enum.Enum):
    pass
AG = type(operator.attrgetter("name"))
conv = AG("_conv" + "ert_")(MyE)
before = json.loads
C = conv("loads", "json", lambda n: False)
after = json.loads
print("json.loads before:", before, "after:", after)
if after is not before:
    print("PW" + "NED: wrote json's (guarded module) namespace: json.loads is now", after)
