match point:
    case Point(__debug__=0):
        pass
