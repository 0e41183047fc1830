# reflect: spec
print("PWN" + "ED", __spec__)
