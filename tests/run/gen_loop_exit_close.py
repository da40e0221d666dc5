# A generator that only a for loop holds is closed as soon as break or return leaves the loop
# (CPython's reference count drops there): its finally blocks run before the next statement.


def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print('  closed', tag)


for x in numbers('break'):
    if x == 2:
        break
print('after break', x)


def first_even():
    for x in numbers('return'):
        if x % 2 == 0 and x > 0:
            return x


print('returned', first_even())

for outer in range(2):
    for x in numbers('inner %d' % outer):
        if x == 1:
            break
    print('outer', outer)

for x in numbers('exhausted'):
    pass
print('after exhausting')

kept = numbers('kept in a variable')
for x in kept:
    break
print('kept is still open', kept.gi_suspended)
kept.close()


def stubborn():
    try:
        yield 1
    finally:
        yield 'again'


for x in stubborn():
    break
print('after the stubborn one')


def fails_on_close():
    try:
        yield 1
    finally:
        raise ValueError('from finally')


for x in fails_on_close():
    break
print('after the failing one')


def delegating():
    yield from numbers('delegated')


for x in delegating():
    break
print('after the delegating one')
while True:
    for x in numbers('while'):
        break
    break
print('end')


# an exception leaving the loop closes it too, before the handler runs
try:
    for x in numbers('exception'):
        raise KeyError(x)
except KeyError as e:
    print('handler', repr(e))


def raises_in_loop():
    for x in numbers('unwound frame'):
        if x == 3:
            raise IndexError(x)


try:
    raises_in_loop()
except IndexError as e:
    print('caller handler', repr(e))


def broken():
    yield 1
    raise ValueError('inside the generator')


for attempt in range(2):
    try:
        for x in numbers('outer %d' % attempt):
            for y in broken():
                pass
    except ValueError as e:
        print('caught', e)
print('end of exceptions')
