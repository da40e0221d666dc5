match config:
    case {f"{prefix}": v}:
        pass
