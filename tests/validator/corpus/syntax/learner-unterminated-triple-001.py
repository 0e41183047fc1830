def area(r):
    """Return the area of a circle.
    return 3.14 * r * r

print(area(2))
