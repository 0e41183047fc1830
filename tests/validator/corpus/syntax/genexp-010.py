f(x async for x in y, 1)
