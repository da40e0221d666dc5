match config:
    case {1: a, -2j: b, 1.0: c}:
        pass
