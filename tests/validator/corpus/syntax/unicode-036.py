ｄｅｆ f(): pass
