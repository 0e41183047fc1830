# reflect: dunder builtins
print("PWN" + "ED", __builtins__)
