# `yield from g(...)` of a generator function: the generator returning at once, raising,
# raising StopIteration (PEP 479), looking at its frame, and suspending for the first time
# inside an except block or a with block.
import sys, traceback

def quick(n):
    if n > 0:
        return n * 2
    yield 'never'

def raises():
    if True:
        raise KeyError('k')
    yield

def stops():
    if True:
        raise StopIteration('s')
    yield

def frames():
    f = sys._getframe()
    print('frame', f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    return 'framed'
    yield

def in_except():
    try:
        raise ValueError('handled')
    except ValueError:
        got = yield 'in-except'
        print('resumed', got, repr(sys.exc_info()[1]))
    print('after', sys.exc_info()[:2])
    return 'ex-done'

class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0])

def in_with():
    with CM():
        yield 'in-with'
    return 'with-done'

def outer():
    print((yield from quick(3)))
    try:
        yield from raises()
    except KeyError as e:
        print('caught', repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        yield from stops()
    except RuntimeError as e:
        print('pep479', e, repr(e.__cause__))
    print((yield from frames()))
    print((yield from in_except()))
    print((yield from in_with()))
    try:
        raise OSError('outer')
    except OSError:
        print((yield from in_except()), repr(sys.exc_info()[1]))
    return 'outer-done'

g = outer()
print(next(g))
print(g.send('one'))
print(g.send('two'))
try:
    g.send('three')
except StopIteration as e:
    print('stop', e.value)

def deep(n):
    if n == 0:
        return 0
        yield
    return 1 + (yield from deep(n - 1))

def drive():
    print((yield from deep(3000)))
    yield 'x'

try:
    print(list(drive()))
except RecursionError as e:
    print('RecursionError')
