from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        self.pre = pre
        self.text = text

    def key(self):
        parts = self.parts + (0,) * (3 - len(self.parts))
        return parts, (0, self.pre) if self.pre else (1, "")

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"v{self.text}"

    def bump(self, level):
        major, minor, patch = self.parts + (0,) * (3 - len(self.parts))
        if level == "major":
            return Version(f"{major + 1}.0.0")
        if level == "minor":
            return Version(f"{major}.{minor + 1}.0")
        return Version(f"{major}.{minor}.{patch + 1}")


versions = [Version(v) for v in ["1.10.0", "1.2", "1.2.0-rc1", "1.2.1", "0.9.9", "2.0.0-alpha", "2.0.0", "1.2.0-beta"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.2") == Version("1.2.0"), Version("1.2.0-rc1") < Version("1.2.0"))
v = Version("1.4.7")
print([v.bump(l) for l in ("patch", "minor", "major")])
print([x for x in versions if Version("1.2") <= x < Version("2.0.0")])
