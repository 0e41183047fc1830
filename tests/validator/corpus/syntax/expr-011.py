x = -a + +b * ~c
