match value:
    case _:
        pass
    case 1:
        pass
