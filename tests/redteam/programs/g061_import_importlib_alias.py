# import: import importlib under another name
import importlib as m
print("PWN" + "ED", m)
