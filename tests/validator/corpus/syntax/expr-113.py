x = rb'a' Rb'b' bR'c' BR'd'
