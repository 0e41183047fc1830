import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok in OPS:
            while stack and stack[-1] in OPS and (PREC[stack[-1]] > PREC[tok] or (PREC[stack[-1]] == PREC[tok] and tok != "^")):
                out.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(tok)
    return out + stack[::-1]


def eval_rpn(rpn):
    st = []
    for tok in rpn:
        if tok in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[tok](a, b))
        else:
            st.append(float(tok))
    return st[0]


for line in open(0).read().splitlines():
    tokens = line.split()
    if not tokens:
        continue
    rpn = to_rpn(tokens)
    print(" ".join(rpn), "=", f"{eval_rpn(rpn):g}")
