# try/except/else/finally, raise, raise from, context, return/break/continue through finally.
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)
        return None
    else:
        print('no error')
        return r
    finally:
        print('finally for', a, b)


print(divide(1, 2))
print(divide(1, 0))


def through_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    try:
        return 'from try'
    finally:
        print('finally before return')


print(through_finally())


def override():
    try:
        return 1
    finally:
        return 2


print(override())

try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise KeyError('outer') from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError('during')
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    raise ValueError
except ValueError as e:
    print('bare class', repr(e), e.args)

try:
    raise TypeError('a', 1)
except (KeyError, TypeError) as e:
    print('tuple match', e.args, str(e))

try:
    {}['missing']
except LookupError as e:
    print('KeyError via LookupError', e)

try:
    [][1]
except IndexError as e:
    print(e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    int('abc')
except ValueError as e:
    print(e)

try:
    'a' + 1
except TypeError as e:
    print(e)

try:
    1 + 'a'
except TypeError as e:
    print(e)


def nested():
    try:
        raise RuntimeError('x')
    except RuntimeError:
        try:
            raise
        except RuntimeError as e:
            return 'reraised ' + str(e)


print(nested())
try:
    raise 42
except TypeError as e:
    print(e)

x = 0
try:
    x = 1
finally:
    x += 10
print(x)
assert x == 11
try:
    assert x == 0, 'x is not zero'
except AssertionError as e:
    print('AssertionError', e)
e = 'still here'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)
