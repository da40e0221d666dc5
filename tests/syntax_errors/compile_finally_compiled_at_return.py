def f():
    try:
        return 1
        x = *y
    finally:
        del __debug__
