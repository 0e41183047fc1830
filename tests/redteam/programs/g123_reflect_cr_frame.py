# reflect: cr frame
async def c():
    pass
x = c()
print("PWN" + "ED", x.cr_frame)
