result = [x for y in [1] for x in [z for z in (w := [2])]]
