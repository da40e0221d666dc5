def f():
    async for x in source():
        print(x)
