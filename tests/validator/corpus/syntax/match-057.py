def match(case): return case
