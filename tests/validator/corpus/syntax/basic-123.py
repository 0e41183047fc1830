class A:
    from m import *