# adversary round 7: code that runs after the program returns (a __del__ during interpreter shutdown, an exception subclass whose __str__ runs while the launcher prints the traceback): does the wall still hold there?
class Late:
    def __del__(self, op=open):
        try:
            op('/proc/self/status').read()
            print('late open worked: PWN' + 'ED')
        except BaseException as e:
            print('late:', type(e).__name__, e)
keep = Late()
class Boom(Exception):
    def __str__(self):
        try:
            open('/proc/self/status').read()
            return 'PWN' + 'ED via __str__'
        except BaseException as e:
            return 'str-time: ' + type(e).__name__ + ' ' + str(e)
raise Boom()
