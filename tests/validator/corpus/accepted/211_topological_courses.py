from graphlib import TopologicalSorter, CycleError

courses = {
    "calculus2": {"calculus1"},
    "linear_algebra": {"calculus1"},
    "ml": {"linear_algebra", "statistics", "programming"},
    "statistics": {"calculus2"},
    "programming": set(),
    "calculus1": set(),
}
ts = TopologicalSorter(courses)
ts.prepare()
semester = 1
while ts.is_active():
    ready = sorted(ts.get_ready())
    print(f"Semester {semester}: {', '.join(ready)}")
    ts.done(*ready)
    semester += 1

try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as err:
    print("cycle detected:", sorted(set(err.args[1])))
