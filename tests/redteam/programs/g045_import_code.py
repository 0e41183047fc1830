# import: import code and use it
import code
code.InteractiveInterpreter().runsource('print("PWN" "ED")')
