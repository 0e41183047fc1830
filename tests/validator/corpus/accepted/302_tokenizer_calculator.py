import re

TOKEN = r"\s*(?:(\d+\.?\d*)|(.))"


def tokenize(expr):
    for number, op in re.findall(TOKEN, expr):
        if number:
            yield ("num", float(number))
        elif op.strip():
            yield ("op", op)
    yield ("end", None)


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")


for line in open(0).read().splitlines():
    try:
        print(f"{line} = {Parser(line).expr():g}")
    except ZeroDivisionError:
        print(f"{line} = division by zero")
    except SyntaxError as e:
        print(f"{line} -> syntax error: {e}")
