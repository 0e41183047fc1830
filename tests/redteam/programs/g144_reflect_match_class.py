# reflect: match class
match ():
    case object(__class__=c):
        print("PWN" + "ED", c)
