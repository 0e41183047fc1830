#!/usr/bin/env python3
"""No module imports a module that imports it back, in any crate of the workspace.

Usage: python3 scripts/module-cycles.py crates/*/src   (scripts/test.sh runs it with the lints)

An edge a -> b when a module's source (outside `//` comments) names `crate::b…`, `super::b…` or
`self::b…`, resolved to the longest module path that exists; two modules where neither contains
the other and each names the other are reported, and the exit status is then 1. A parent naming
its child (`mod child; use child::X`) and the child naming its parent (`super::`) are
containment, not a cycle."""
import os, re, sys, itertools

def modules(src):
    mods = {}
    for dp, _, fs in os.walk(src):
        for f in fs:
            if not f.endswith('.rs'):
                continue
            rel = os.path.relpath(os.path.join(dp, f), src)[:-3].split(os.sep)
            if rel[-1] in ('mod', 'lib', 'main'):
                rel = rel[:-1]
            mods[tuple(rel)] = os.path.join(dp, f)
    return mods

def resolve(known, path):
    # longest prefix of path that is a known module
    for n in range(len(path), 0, -1):
        if tuple(path[:n]) in known:
            return tuple(path[:n])
    return None

def strip_comments(text):
    return re.sub(r'//[^\n]*', '', text)

def edges(src):
    mods = modules(src)
    out = {m: set() for m in mods}
    for m, f in mods.items():
        text = strip_comments(open(f).read())
        is_modrs = f.endswith(('mod.rs', 'lib.rs', 'main.rs'))
        for hit in re.finditer(r'\b(crate|super|self)((?:::\w+)+)', text):
            kind, rest = hit.group(1), hit.group(2).split('::')[1:]
            if kind == 'crate':
                base = []
            elif kind == 'super':
                base = list(m[:-1]) if not is_modrs else list(m[:-1])
                # `super` from a file module is its parent
            else:
                base = list(m)
            # grouped uses: crate::{a, b::c}
            target = resolve(mods, base + rest)
            if target is not None and target != m:
                out[m].add(target)
        for grp in re.finditer(r'\b(crate|super)::\{([^}]*)\}', text):
            base = [] if grp.group(1) == 'crate' else list(m[:-1])
            for item in grp.group(2).split(','):
                item = item.strip().split(' ')[0]
                if not item:
                    continue
                target = resolve(mods, base + item.split('::'))
                if target is not None and target != m:
                    out[m].add(target)
    return out

def contains(a, b):
    return b[:len(a)] == a

def reach(out, a, b):
    seen, todo = set(), [a]
    while todo:
        x = todo.pop()
        if x == b:
            return True
        if x in seen:
            continue
        seen.add(x)
        todo.extend(y for y in out.get(x, ()) if not (contains(y, x) or contains(x, y)))
    return False

bad = 0
for src in sys.argv[1:]:
    out = edges(src)
    for a, b in itertools.combinations(sorted(out), 2):
        if contains(a, b) or contains(b, a):
            continue
        if b in out[a] and a in out[b]:
            print(f"{src}: {'::'.join(a) or 'crate'} <-> {'::'.join(b) or 'crate'}")
            bad += 1
print(f"{bad} module pair(s) importing each other")
sys.exit(1 if bad else 0)
