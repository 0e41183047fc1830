import textwrap

text = ("Python is a programming language that lets you work quickly "
        "and integrate systems more effectively.")
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=40, placeholder="..."))
print(textwrap.indent("a\nb", "> "))
print(textwrap.dedent("""
    indented
      more
"""))
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for name, qty, price in table:
    print(f"{name:<10}{qty:>4}{price:>8.2f}")
