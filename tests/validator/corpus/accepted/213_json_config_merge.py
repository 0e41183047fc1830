import json

defaults = json.loads('{"server": {"host": "localhost", "port": 8080, "tls": false}, "log": {"level": "info"}, "features": ["a"]}')
override = json.loads('{"server": {"port": 9090, "tls": true}, "log": {"file": "app.log"}, "features": ["b", "c"]}')


def merge(base, extra):
    result = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            result[key] = result[key] + value
        else:
            result[key] = value
    return result


merged = merge(defaults, override)
print(json.dumps(merged, indent=2, sort_keys=True))
print(json.dumps(merged, separators=(",", ":"), sort_keys=True))
