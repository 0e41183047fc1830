# import: import codecs and use it
import codecs
print("PWN" + "ED", codecs.open)
