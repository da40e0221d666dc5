x = y[a = 1]
