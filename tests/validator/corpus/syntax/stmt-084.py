import a.b as c
