# import: import http.client and use it
import http.client
print("PWN" + "ED", http.client.HTTPConnection)
