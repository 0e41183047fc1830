# import: import multiprocessing and use it
import multiprocessing
print("PWN" + "ED", multiprocessing.cpu_count())
