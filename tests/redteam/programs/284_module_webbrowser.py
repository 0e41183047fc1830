# module: import webbrowser: webbrowser.get
M = "PWN" + "ED"

import webbrowser
print(M, webbrowser.get)
