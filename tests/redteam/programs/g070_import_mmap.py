# import: import mmap and use it
import mmap
print("PWN" + "ED", mmap.PAGESIZE)
