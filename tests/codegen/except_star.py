"""try/except* (PEP 654)."""


def handle(group):
    try:
        raise group
    except* ValueError as e:
        print("value", e)
    except* (TypeError, KeyError):
        print("type or key")
    except* OSError as e:
        raise RuntimeError from e
    else:
        print("no error")
    finally:
        print("done")


def only_one():
    try:
        pass
    except* Exception:
        pass
