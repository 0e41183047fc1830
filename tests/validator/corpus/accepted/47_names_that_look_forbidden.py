# Mentions of os, sys, eval and exec in comments and strings are fine.
os_name = "linux"
system_info = {"os": os_name, "sys": "x86_64"}
evaluate = lambda expr: sum(int(t) for t in expr.split("+"))
executor = "not an exec"
compiled = [c for c in "compile"]
globals_count = 3

class Model:
    def eval(self):
        return "eval mode"
    def compile(self, optimizer="sgd"):
        return f"compiled with {optimizer}"
    def exec(self):
        return "exec method"

m = Model()
print(os_name, system_info["sys"], evaluate("1+2+3"), executor, len(compiled), globals_count)
print(m.eval(), m.compile(), m.exec())
print("import os; eval('x'); __import__('sys'); ().__class__")
import re
print(re.compile(r"\d+").findall("a1b22"))
