# import: import unittest and use it
import unittest
print("PWN" + "ED", unittest.TestCase)
