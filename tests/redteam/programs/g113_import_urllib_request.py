# import: import urllib.request and use it
import urllib.request
print("PWN" + "ED", urllib.request.urlopen)
