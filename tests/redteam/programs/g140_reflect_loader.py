# reflect: loader
print("PWN" + "ED", __loader__)
