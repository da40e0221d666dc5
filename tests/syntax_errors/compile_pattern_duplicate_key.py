match config:
    case {"mode": m, "mode": n}:
        pass
