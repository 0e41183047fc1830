class Ａ: pass
