import matplotlib.pyplot as plt
import numpy as np
x = np.linspace(0, 2 * np.pi, 50)
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot(x, np.sin(x), label="sin")
ax.bar([1, 2, 3], [0.2, 0.5, 0.3])
ax.set_title("waves")
ax.legend()
fig.savefig("out/chart.png", dpi=60)
plt.show()
data = open("out/chart.png", "rb").read()
print(data[:8], len(data) > 1000)
