match name:
    case f"{prefix}":
        pass
