def f():
 return [y for y in (x async for x in z)]
