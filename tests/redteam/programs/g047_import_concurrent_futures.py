# import: import concurrent.futures and use it
import concurrent.futures
print("PWN" + "ED", concurrent.futures.ProcessPoolExecutor)
