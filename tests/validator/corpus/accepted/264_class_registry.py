class Plugin:
    registry = {}

    @classmethod
    def register(cls, key):
        def deco(plugin_cls):
            cls.registry[key] = plugin_cls
            return plugin_cls
        return deco

    @staticmethod
    def pipeline(keys, text):
        for k in keys:
            text = Plugin.registry[k]().run(text)
        return text

    def run(self, text):
        raise NotImplementedError


@Plugin.register("upper")
class Upper(Plugin):
    def run(self, text):
        return text.upper()


@Plugin.register("rev")
class Reverse(Plugin):
    def run(self, text):
        return text[::-1]


@Plugin.register("count")
class Count(Plugin):
    def run(self, text):
        return f"{text} ({len(text.split())} words)"


print(sorted(Plugin.registry))
print(Plugin.pipeline(["upper"], "hello world"))
print(Plugin.pipeline(["rev", "upper", "count"], "abc def ghi"))
try:
    Plugin().run("x")
except NotImplementedError:
    print("base plugin does nothing")
try:
    Plugin.pipeline(["nope"], "x")
except KeyError as e:
    print("unknown plugin", e)
