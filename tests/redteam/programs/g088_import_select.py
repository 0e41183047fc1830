# import: import select and use it
import select
print("PWN" + "ED", select.select)
