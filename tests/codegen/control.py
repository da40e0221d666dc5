"""Control flow: if, loops with else, break/continue through finally, try, with, assert, raise."""
import contextlib


def loops(items):
    total = 0
    for i in items:
        if i < 0:
            continue
        if i > 100:
            break
        total += i
    else:
        total = -1
    while total > 10:
        total -= 3
        if total == 5:
            break
    else:
        pass
    while True:
        total += 1
        if total > 20:
            break
    while 0:
        unreachable()
    for a, b in [(1, 2), (3, 4)]:
        total += a * b
    for x in [1, 2, 3]:
        total += x
    return total


def exceptions(f):
    try:
        f()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return e
    except Exception as exc:
        raise RuntimeError("wrapped") from exc
    except:
        raise
    else:
        return 2
    finally:
        print("finally")


def finally_flow(items):
    for item in items:
        try:
            if item:
                continue
            if item is None:
                break
            return item
        finally:
            print("cleanup")
    try:
        pass
    finally:
        return "from finally"


def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")


def handler_return():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return str(e)


def with_statements(path):
    with open(path) as f:
        data = f.read()
    with open(path) as a, open(path) as b:
        pass
    with contextlib.suppress(OSError):
        return data
    for x in range(3):
        with contextlib.nullcontext(x) as y:
            if y:
                break
            continue


def asserts(x):
    assert x
    assert x > 0, "positive"
    assert isinstance(x, int), f"not an int: {x!r}"


def raises(x):
    if x is None:
        raise
    if x is not None:
        raise ValueError(x)
    raise TypeError from None


def conditions(a, b, c):
    if a and (b or not c):
        return 1
    elif a < b < c:
        return 2
    elif not (a if b else c):
        return 3
    elif a is None or b is not None:
        return 4
    return 5
