# import: import shelve and use it
import shelve
print("PWN" + "ED", shelve.open)
