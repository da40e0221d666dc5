match point:
    case Point(x=0, y=0, x=1):
        pass
