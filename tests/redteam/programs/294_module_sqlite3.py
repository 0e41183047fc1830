# module: import sqlite3: sqlite3 in memory
M = "PWN" + "ED"

import sqlite3
print(M, sqlite3.connect(":memory:"))
