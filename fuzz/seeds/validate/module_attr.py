import random
random._os.system('x')
