# import: import logging.config and use it
import logging.config
print("PWN" + "ED", logging.config.listen)
