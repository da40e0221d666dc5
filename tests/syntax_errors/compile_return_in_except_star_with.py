def f():
    try:
        pass
    except* ValueError:
        with open("f"):
            return
