# module: import logging.config: logging.config.listen (a socket server)
M = "PWN" + "ED"

import logging.config
print(M, logging.config.listen)
