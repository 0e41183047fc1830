# import: import sqlite3 and use it
import sqlite3
print("PWN" + "ED", sqlite3.connect(':memory:'))
