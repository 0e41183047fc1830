import string

print(string.ascii_lowercase[:5], string.digits, string.punctuation[:4])
template = string.Template("Hello $name, you owe $$${amount}")
print(template.substitute(name="Bob", amount=12))
print(string.capwords("the quick  brown fox"))

def caesar(text, shift):
    lower = string.ascii_lowercase
    table = str.maketrans(lower, lower[shift:] + lower[:shift])
    return text.translate(table)

print(caesar("hello world", 3), caesar(caesar("hello world", 3), 23))
print("{:>8}|{:^8}|{:<8}|".format("r", "c", "l"))
