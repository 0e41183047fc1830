x = rf'\{a}' fR'{b}' Rf'c' FR'd'
