nonlocal x = 1
