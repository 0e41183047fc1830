# import: mathematical bold sys
import 𝐬𝐲𝐬
print("PWN" + "ED", 𝐬𝐲𝐬.modules)
