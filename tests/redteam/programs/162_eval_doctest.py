# eval: doctest runs examples (static wall)
import doctest
def f():
    """
    >>> print('PWN' + 'ED')
    """
doctest.run_docstring_examples(f, {}, verbose=False)
