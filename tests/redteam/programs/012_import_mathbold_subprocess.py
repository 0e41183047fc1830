# import: mathematical bold letters normalise to subprocess
M = "PWN" + "ED"

import 𝐬𝐮𝐛𝐩𝐫𝐨𝐜𝐞𝐬𝐬
print(M, 𝐬𝐮𝐛𝐩𝐫𝐨𝐜𝐞𝐬𝐬.check_output(["id"]))
