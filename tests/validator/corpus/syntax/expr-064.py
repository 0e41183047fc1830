x = a. b
