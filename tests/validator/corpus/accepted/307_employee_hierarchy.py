import csv
import io

RAW = """id,name,title,manager_id,salary
1,Maya,CEO,,250000
2,Omar,CTO,1,190000
3,Lena,CFO,1,180000
4,Ivan,Engineer,2,120000
5,Zoe,Engineer,2,125000
6,Raj,Accountant,3,90000
7,Kim,Intern,4,40000
8,Leo,Engineer,2,118000
"""
people = {int(r["id"]): r for r in csv.DictReader(io.StringIO(RAW))}
children = {}
for pid, p in people.items():
    if p["manager_id"]:
        children.setdefault(int(p["manager_id"]), []).append(pid)


def print_tree(pid, depth=0):
    p = people[pid]
    print("    " * depth + f"{p['name']} ({p['title']})")
    for c in sorted(children.get(pid, []), key=lambda c: people[c]["name"]):
        print_tree(c, depth + 1)


def team_cost(pid):
    return int(people[pid]["salary"]) + sum(team_cost(c) for c in children.get(pid, []))


def chain(pid):
    out = []
    while pid:
        out.append(people[pid]["name"])
        m = people[pid]["manager_id"]
        pid = int(m) if m else None
    return " -> ".join(out)


root = next(pid for pid, p in people.items() if not p["manager_id"])
print_tree(root)
for pid in (1, 2, 3, 4):
    print(f"{people[pid]['name']:<5} team cost {team_cost(pid):>9,}")
print(chain(7))
