from collections import defaultdict


def scc(graph):
    order, seen = [], set()

    def dfs(u):
        stack = [(u, iter(graph[u]))]
        seen.add(u)
        while stack:
            node, it = stack[-1]
            for v in it:
                if v not in seen:
                    seen.add(v)
                    stack.append((v, iter(graph[v])))
                    break
            else:
                order.append(node)
                stack.pop()

    for u in sorted(graph):
        if u not in seen:
            dfs(u)
    rev = defaultdict(list)
    for u in graph:
        for v in graph[u]:
            rev[v].append(u)
    comps, assigned = [], set()
    for u in reversed(order):
        if u in assigned:
            continue
        comp, todo = [], [u]
        assigned.add(u)
        while todo:
            x = todo.pop()
            comp.append(x)
            for y in rev[x]:
                if y not in assigned:
                    assigned.add(y)
                    todo.append(y)
        comps.append(sorted(comp))
    return sorted(comps)


g = defaultdict(list)
for line in open(0).read().splitlines():
    if "->" in line:
        a, b = (s.strip() for s in line.split("->"))
        g[a].append(b)
        g[b]
print(scc(g))
