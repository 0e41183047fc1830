# reflect: x exec attr
import json
json.exec('print(1)')
print("PWN" + "ED")
