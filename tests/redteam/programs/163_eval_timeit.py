# eval: timeit compiles and runs its statement (static wall)
import timeit
timeit.timeit("print('PWN' + 'ED')", number=1)
