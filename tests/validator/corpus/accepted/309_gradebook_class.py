from statistics import mean


class Student:
    def __init__(self, name):
        self.name = name
        self.grades = {}

    def add(self, course, grade):
        self.grades.setdefault(course, []).append(grade)

    def average(self, course=None):
        if course:
            return mean(self.grades[course])
        return mean(g for gs in self.grades.values() for g in gs)

    def letter(self):
        avg = self.average()
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"


students = {}
for line in open(0).read().splitlines():
    name, course, grade = line.split(",")
    students.setdefault(name, Student(name)).add(course, int(grade))
for s in sorted(students.values(), key=lambda s: (-s.average(), s.name)):
    courses = ", ".join(f"{c}={s.average(c):.1f}" for c in sorted(s.grades))
    print(f"{s.name:<6} {s.average():6.2f} {s.letter()}  [{courses}]")
courses = sorted({c for s in students.values() for c in s.grades})
for c in courses:
    best = max((s for s in students.values() if c in s.grades), key=lambda s: s.average(c))
    print(f"top in {c}: {best.name}")
