# reflect: init subclass
class A:
    def __init_subclass__(cls):
        print("PWN" + "ED", cls.__mro__[-1].__subclasses__())
class B(A): pass
