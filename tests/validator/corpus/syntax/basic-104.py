def f():
    await x