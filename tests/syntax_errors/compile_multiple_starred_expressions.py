first, *middle, *last = range(10)
