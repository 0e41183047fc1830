import matplotlib
import matplotlib.pyplot as plt
matplotlib.rcParams["backend"] = "module://os"
fig = plt.figure()
if "agg" not in type(fig.canvas).__module__:
    print("PW" + "NED:", type(fig.canvas).__module__)
