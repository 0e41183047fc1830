# import: import timeit and use it
import timeit
timeit.timeit('print("PWN" "ED")', number=1)
