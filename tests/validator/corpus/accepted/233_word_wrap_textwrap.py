import textwrap

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
for width in (30, 45):
    print(f"--- width {width} ---")
    print(textwrap.fill(para, width=width))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent(textwrap.fill(para, 40), "> "))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code).strip())
w = textwrap.TextWrapper(width=35, initial_indent="* ", subsequent_indent="  ")
print("\n".join(w.wrap(para)))
