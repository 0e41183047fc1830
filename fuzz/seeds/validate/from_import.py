from os import (path,
    system as s)
