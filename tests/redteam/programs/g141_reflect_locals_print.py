# reflect: locals print
print("PWN" + "ED", locals())
