# import: import doctest and use it
import doctest
print("PWN" + "ED", doctest.run_docstring_examples)
