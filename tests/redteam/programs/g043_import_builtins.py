# import: import builtins and use it
import builtins
builtins.exec('print(' + repr('PWN') + ' + ' + repr('ED') + ')')
