match pair:
    case [x, (1 as x) | (2 as x)]:
        pass
