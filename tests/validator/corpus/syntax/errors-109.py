with a as: pass
