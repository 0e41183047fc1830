# adversary round 7: parser/normalisation differential probes: NFKC-folded dunder (fullwidth letters), form feed and lone CR line breaks hiding an attribute after a comment, nested f-string with a dunder attribute
import typing
x = typing.cast.__ｇlobals__
# comment \r y = typing.cast.__globals__
z = 1
w = f"{f'{typing.cast.__globals__}'}"
print("PWN" + "ED")
