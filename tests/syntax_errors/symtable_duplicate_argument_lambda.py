callback = lambda x, *x: x
