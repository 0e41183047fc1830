"""A small module with a main guard, as students write them."""

__all__ = ["area"]
__version__ = "1.0"

def area(w, h):
    """Area of a rectangle."""
    return w * h

def main():
    print(area(3, 4), area.__doc__, __name__, __version__)

if __name__ == "__main__":
    main()
