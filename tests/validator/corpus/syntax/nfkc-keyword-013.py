class Ｎｏｎｅ: pass
