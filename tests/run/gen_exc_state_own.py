# A generator's or coroutine's own handled exception (sys.exc_info() inside its except blocks)
# kept apart from its resumer's, even when both are the same exception: bare `raise` after a
# suspension inside an except block, the state after the block, nested try, async generators,
# coroutines awaited as they are called, and except*.
import sys, types

@types.coroutine
def pause(v=None):
    return (yield v)

def show(label):
    print(label, repr(sys.exc_info()[1]))

# 1. Thrown the exception its resumer handles, awaiting inside the except block, then `raise`.
async def coro():
    try:
        await pause()
    except ValueError:
        await pause()
        show('coro inside')
        raise

c = coro()
c.send(None)
try:
    raise ValueError('x')
except ValueError as e:
    c.throw(e)
    show('resumer')
show('resumer after')
try:
    c.send(None)
except ValueError as e:
    print('reraised', repr(e))

# 2. The same with a plain generator, resumed later by someone handling another exception.
def gen():
    try:
        yield 'first'
    except KeyError:
        yield 'in except'
        show('gen inside')
        try:
            raise
        except KeyError as e:
            print('bare raise gave', repr(e))
    show('gen after except')
    yield 'after'
    show('gen plain')
    yield 'end'

g = gen()
next(g)
try:
    raise KeyError('k')
except KeyError as e:
    print(g.throw(e))
try:
    raise TypeError('other')
except TypeError:
    print(next(g))
    show('resumer keeps')
print(next(g))
try:
    raise OSError('third')
except OSError:
    next(g, None)

# 3. Nested try inside the generator: the inner block's exception and then the outer one again.
def nested():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise IndexError('inner')
        except IndexError:
            yield 1
            show('inner')
        show('back to outer')
        yield 2
        show('outer again')
    show('none')
    yield 3

n = nested()
try:
    raise ValueError('resumer1')
except ValueError:
    next(n)
try:
    raise ValueError('resumer2')
except ValueError:
    next(n)
    next(n)
next(n, None)

# 4. An async generator suspended in an except block.
async def agen():
    try:
        raise LookupError('ag')
    except LookupError:
        yield 'in'
        show('agen inside')
    show('agen after')
    yield 'out'

async def drive():
    a = agen()
    try:
        raise ArithmeticError('driver')
    except ArithmeticError:
        print(await a.__anext__())
    print(await a.__anext__())
    try:
        raise ArithmeticError('driver2')
    except ArithmeticError:
        try:
            await a.__anext__()
        except StopAsyncIteration:
            show('driver after stop')

d = drive()
try:
    while True:
        d.send(None)
except StopIteration:
    pass

# 5. A coroutine awaited as it is called, suspending inside its own except block and in its
# caller's, with the same exception in both.
async def inner(e):
    try:
        raise e
    except ValueError:
        await pause()
        show('inner own')
    show('inner after')
    await pause()
    show('inner later')

async def outer():
    err = ValueError('shared')
    try:
        raise err
    except ValueError:
        await inner(err)
        show('outer inside')
    show('outer after')

o = outer()
o.send(None)
o.send(None)
try:
    o.send(None)
except StopIteration:
    pass

# 6. except* inside a generator.
def star():
    try:
        raise ExceptionGroup('eg', [KeyError('a'), ValueError('b')])
    except* KeyError:
        yield 'star'
        show('star inside')
    except* ValueError:
        show('star value')

s = star()
print(next(s))
try:
    next(s)
except StopIteration:
    pass
show('end')
