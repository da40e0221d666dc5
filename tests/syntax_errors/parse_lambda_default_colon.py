x = lambda a=: 0
