def f(data):
    return [x := x + 1 for x in data]
