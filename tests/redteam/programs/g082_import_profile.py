# import: import profile and use it
import profile
profile.run('print("PWN" "ED")')
