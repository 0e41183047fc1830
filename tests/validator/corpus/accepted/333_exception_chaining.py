class ConfigError(Exception):
    pass


def parse_port(value):
    try:
        port = int(value)
    except ValueError as e:
        raise ConfigError(f"port must be an integer, got {value!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range")
    return port


def load(cfg):
    results = {}
    for key, value in cfg.items():
        try:
            results[key] = parse_port(value)
        except ConfigError as e:
            results[key] = f"error: {e}"
    return results


print(load({"http": "80", "https": "443", "admin": "eighty", "debug": "70000"}))


def divide_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(float("inf"))
        except TypeError as e:
            out.append(f"bad: {e}")
        else:
            out[-1] = round(out[-1], 3)
        finally:
            pass
    return out


try:
    parse_port("abc")
except ConfigError as e:
    print("chained:", e)
print(divide_all([(1, 3), (4, 0), ("x", 2), (10, 4)]))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print("caught", repr(e))
