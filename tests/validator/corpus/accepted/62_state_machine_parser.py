def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num)); num = ""
        if ch in "+-*/()":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if num:
        tokens.append(float(num))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek(); self.pos += 1; return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/"):
            value = value * self.factor() if self.take() == "*" else value / self.factor()
        return value
    def factor(self):
        tok = self.take()
        if tok == "(":
            value = self.expr(); self.take(); return value
        if tok == "-":
            return -self.factor()
        return tok

for text in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + (4 - 1)) / 3"]:
    print(text, "=", Parser(tokenize(text)).expr())
try:
    tokenize("2 $ 3")
except SyntaxError as e:
    print("error:", e)
