# import: import signal and use it
import signal
print("PWN" + "ED", signal.getsignal(2))
