# eval: write /tmp/x.py then runpy.run_path (static wall)
import runpy
with open("/tmp/rt_runpy.py", "w") as f:
    f.write("print('PWN' + 'ED')")
runpy.run_path("/tmp/rt_runpy.py")
