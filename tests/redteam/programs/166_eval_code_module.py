# eval: code.InteractiveInterpreter (static wall)
import code
code.InteractiveInterpreter().runsource("print('PWN' + 'ED')")
