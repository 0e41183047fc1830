# import: import pickle and use it
import pickle
print("PWN" + "ED", pickle.loads(pickle.dumps(1)))
