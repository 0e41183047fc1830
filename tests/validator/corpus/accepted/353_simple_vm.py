PROGRAM = """
    push 10
    store n
    push 0
    store acc
loop:
    load n
    jz end
    load acc
    load n
    add
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    halt
"""


def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            op, *arg = line.split()
            code.append((op, arg[0] if arg else None))
    return code, labels


def run(code, labels):
    stack, mem, pc, steps = [], {}, 0, 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            stack.append(mem[arg])
        elif op in ("add", "sub", "mul"):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "add" else a - b if op == "sub" else a * b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            print("output:", stack.pop())
        elif op == "halt":
            return steps, mem


code, labels = assemble(PROGRAM)
print(len(code), "instructions, labels", labels)
steps, mem = run(code, labels)
print("steps", steps, "memory", mem)
