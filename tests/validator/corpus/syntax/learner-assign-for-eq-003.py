answer = "yes"
if answer == "no":
    pass
elif answer = "yes":
    print("ok")
