import matplotlib
import matplotlib.pyplot as plt
fig = plt.figure()
w = matplotlib.animation.FFMpegWriter()
w.setup(fig, "out/a.mp4")
print("PW" + "NED:", w)
