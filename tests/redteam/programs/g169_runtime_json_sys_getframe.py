# runtime: json sys getframe
import json
print("PWN" + "ED", json.decoder.re.sys._getframe(0))
