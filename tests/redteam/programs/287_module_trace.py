# module: import trace: trace.Trace().runctx
M = "PWN" + "ED"

import trace
trace.Trace(count=0, trace=0).runctx("print('PWN' + 'ED')", {}, {})
