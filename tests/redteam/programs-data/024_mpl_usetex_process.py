import matplotlib
import matplotlib.pyplot as plt
matplotlib.rcParams["text.usetex"] = True
plt.figure()
plt.title("x")
plt.savefig("out/a.png")
print("PW" + "NED:", "latex ran")
