# import: import cProfile and use it
import cProfile
cProfile.run('print("PWN" "ED")')
