for (a + 1) in c: pass
