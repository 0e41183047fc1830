class 😀: pass
