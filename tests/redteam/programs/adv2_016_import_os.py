# adversary round 2: 016_import_os
import os
print(os.getcwd())