import matplotlib
matplotlib.use("TkAgg", force=True)
import matplotlib.pyplot as plt
plt.figure()
print("PW" + "NED:", matplotlib.get_backend())
