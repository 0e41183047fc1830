async def f():
 ａｗａｉｔ x
