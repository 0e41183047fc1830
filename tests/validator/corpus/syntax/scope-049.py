def f():
    return (x for x in a if (yield))
