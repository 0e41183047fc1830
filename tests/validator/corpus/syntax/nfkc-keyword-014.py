for Ｆａｌｓｅ in x: pass
