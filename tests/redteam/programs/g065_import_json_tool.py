# import: import json.tool and use it
import json.tool
print("PWN" + "ED", json.tool)
