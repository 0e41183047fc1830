# import: from asyncio import __main__ loads code, inspect, threading; then code.InteractiveInterpreter runs a string
M = "PWN" + "ED"

try:
    from asyncio import __main__ as am
    am.code.InteractiveInterpreter().runsource("print('PWN' + 'ED', __import__('os').getpid())")
except Exception as e:
    print("refused:", type(e).__name__, e)
