# reflect: exec attr
import random
random.__builtins__['exec']('print("PWN" "ED")')
