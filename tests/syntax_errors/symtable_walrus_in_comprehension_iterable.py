def f():
    return [x for x in (chunk := [1, 2, 3])]
