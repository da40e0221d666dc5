x = [a for 1 in b]
