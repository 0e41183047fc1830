# module: import profile: profile.run
M = "PWN" + "ED"

import profile
profile.run("print('PWN' + 'ED')")
