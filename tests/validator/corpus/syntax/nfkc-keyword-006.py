match x:
 ｃａｓｅ 1: pass
