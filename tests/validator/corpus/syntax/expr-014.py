x = a // b % c
