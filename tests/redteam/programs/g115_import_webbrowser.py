# import: import webbrowser and use it
import webbrowser
print("PWN" + "ED", webbrowser.get)
