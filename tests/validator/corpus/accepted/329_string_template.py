from string import Template
import string

letter = Template("Dear $name,\nYour order #$order ships on ${day}. Total: $$${total}\n")
orders = [
    {"name": "Ana", "order": 1001, "day": "Monday", "total": "42.00"},
    {"name": "Bo", "order": 1002, "day": "Friday", "total": "7.50"},
]
for o in orders:
    print(letter.substitute(o))
print(Template("$who likes $what").safe_substitute(who="Kim"))
try:
    Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("missing placeholder", e)
print(string.capwords("hello   big wide world"))
print(string.punctuation, string.hexdigits, string.octdigits)
print(len(string.printable), string.ascii_letters[:10] + "...")
print(sorted(Template("$a $b ${c} $a").get_identifiers()))
