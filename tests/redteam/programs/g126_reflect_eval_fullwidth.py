# reflect: eval fullwidth
ｅｖａｌ('print("PWN" "ED")')
