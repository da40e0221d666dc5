# Semantics of deep yield-from chains observed while suspended and while running.
import sys, inspect, traceback

levels = []

def leaf():
    me = levels[-1]
    x = yield 'first'
    print('leaf got', x)
    print('running', [g.gi_running for g in levels])
    print('states', [inspect.getgeneratorstate(g) for g in levels])
    x = yield 'second'
    print('leaf got', x)
    try:
        yield 'third'
    except ValueError as e:
        print('leaf caught', repr(e), sys.exc_info()[0].__name__)
        yield 'after-catch'
    raise KeyError('boom')

def mid(d):
    if d == 0:
        g = leaf()
    else:
        g = mid(d - 1)
    levels.append(g)
    r = yield from g
    return r

top = mid(3)
levels.append(top)
print(next(top))
print('running while suspended', [g.gi_running for g in levels])
print('states', [inspect.getgeneratorstate(g) for g in levels])
print('yieldfrom', [type(g.gi_yieldfrom).__name__ for g in levels])
print('lasti same line', [g.gi_frame.f_lineno for g in levels])
print(top.send('a'))
print(levels[2].gi_running, levels[0].gi_frame.f_back)
print(top.send('b'))
print(top.throw(ValueError('v')))
try:
    top.send(None)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print('traceback', [(f.name, f.line) for f in tb])
print('states', [inspect.getgeneratorstate(g) for g in levels])

# Resuming a middle level directly while the chain is suspended.
levels.clear()
top = mid(2)
levels.append(top)
print(next(top))
print(next(levels[1]))  # levels[1] is a middle generator: resumes its own subchain
print(top.send('to-top'))
print('states', [inspect.getgeneratorstate(g) for g in levels])
top.close()
print('closed', [inspect.getgeneratorstate(g) for g in levels])

# "generator already executing" through a chain
def selfref():
    yield holder[0].send(None)
def outer():
    yield from selfref()
holder = [outer()]
try:
    next(holder[0])
except ValueError as e:
    print('VE', e)

# Sending to a parked chain while handling an exception
def inner2():
    while True:
        x = yield
        print('inner2 sees', x, sys.exc_info()[1])
def outer2():
    yield from inner2()
o = outer2()
next(o)
o.send(1)
try:
    raise OSError('handled')
except OSError:
    o.send(2)
o.send(3)

# close() of a parked chain runs every level's finally, innermost first
def f3(n):
    try:
        if n:
            yield from f3(n - 1)
        else:
            yield 'deep'
    finally:
        print('finally', n)
g = f3(3)
print(next(g))
g.close()
print('end')
