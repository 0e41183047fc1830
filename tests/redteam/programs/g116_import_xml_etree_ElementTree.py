# import: import xml.etree.ElementTree and use it
import xml.etree.ElementTree
print("PWN" + "ED", xml.etree.ElementTree.parse)
