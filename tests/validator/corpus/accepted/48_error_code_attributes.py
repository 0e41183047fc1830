import json

class HttpError(Exception):
    def __init__(self, code, signal=None):
        super().__init__(code)
        self.code = code
        self.signal = signal

try:
    raise HttpError(404, signal="term")
except HttpError as err:
    print(err.code, err.signal, err.args)

class Process:
    sys_time = 0.5
    osx = False
    def __init__(self):
        self.system = "unix"
        self.socket_count = 2
p = Process()
print(p.sys_time, p.osx, p.system, p.socket_count)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, e.pos)
