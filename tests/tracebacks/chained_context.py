# An uncaught exception with a cause and a context: each traceback, then the link text.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input") from e


try:
    parse("x")
except RuntimeError:
    {}["missing"]
