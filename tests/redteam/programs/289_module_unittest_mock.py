# module: import unittest.mock: mock patch of os
M = "PWN" + "ED"

import unittest.mock
print(M, unittest.mock.patch)
