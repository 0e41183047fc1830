# eval: cProfile.run (static wall)
import cProfile
cProfile.run("print('PWN' + 'ED')")
