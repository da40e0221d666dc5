match command:
    case [__debug__]:
        pass
