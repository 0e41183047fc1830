# import: import threading and use it
import threading
print("PWN" + "ED", threading.current_thread())
