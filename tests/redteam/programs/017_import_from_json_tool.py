# import: from json import tool: an allowed package's submodule that is not on the list
M = "PWN" + "ED"

try:
    from json import tool
    print(M, tool.argparse.ArgumentParser)
except Exception as e:
    print("refused:", type(e).__name__, e)
