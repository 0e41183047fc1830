# import: import pty and use it
import pty
print("PWN" + "ED", pty.STDIN_FILENO)
