# Async generator details (PEP 525): asend/athrow/aclose awaitables driven by hand, ag_running,
# ag_await, ag_frame through the states, reusing awaitables, hooks' call order, and the
# async-iteration TypeErrors of async for / async with.
import sys, types

@types.coroutine
def pause(v):
    return (yield v)

def step(aw, value=None):
    try:
        r = aw.send(value)
        print('  yielded', repr(r))
        return r
    except StopIteration as e:
        print('  StopIteration', repr(e.value))
    except StopAsyncIteration:
        print('  StopAsyncIteration')
    except BaseException as e:
        print('  ', type(e).__name__, e)

async def ag():
    print(' start, running:', a.ag_running, 'await:', a.ag_await)
    got = await pause('paused')
    print(' got', got)
    try:
        x = yield 'first'
        print(' sent', x)
        yield 'second'
    except ValueError as e:
        print(' caught', repr(e))
        yield 'after-throw'
    finally:
        print(' finally, frame:', a.ag_frame is not None)
        await pause('in-finally')

a = ag()
print('frame', a.ag_frame.f_code.co_name, 'running', a.ag_running, 'await', a.ag_await)
n = a.__anext__()
print(type(n).__name__)
step(n)
print('while paused: running', a.ag_running, 'await', type(a.ag_await).__name__)
step(n, 'resume')
step(n)
s = a.asend('S')
step(s)
t = a.athrow(ValueError('T'))
step(t)
step(t)
c = a.aclose()
step(c)
step(c, 'ok')
step(c)
print('frame after close', a.ag_frame, 'running', a.ag_running)
step(a.__anext__())
step(a.asend(None))
step(a.athrow(KeyError))
step(a.aclose())

# The same awaitable twice; two __anext__ at once.
async def two():
    yield 1
    yield 2
b = two()
n1 = b.__anext__()
step(n1)
step(n1)
async def slow():
    await pause('slow')
    yield 1
s2 = slow()
x = s2.__anext__()
step(x)
y = s2.__anext__()
step(y)
step(x)
x.close()
y.close()

# athrow signatures, and throw() on the awaitables themselves.
async def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print(' catcher got', type(e).__name__, e.args)
c2 = catcher()
step(c2.__anext__())
step(c2.athrow(ValueError))
step(c2.athrow(ValueError, 'v'))
step(c2.athrow(ValueError, ('a', 'b')))
step(c2.athrow(ValueError('inst')))
aw = c2.asend(None)
try:
    aw.throw(KeyError('via throw'))
except BaseException as e:
    print('throw on asend:', type(e).__name__, e)
step(c2.aclose())

# Hooks: firstiter at the first __anext__/asend/athrow, finalizer on collection.
calls = []
sys.set_asyncgen_hooks(firstiter=lambda g: calls.append(('first', g.__name__)),
                       finalizer=lambda g: calls.append(('final', g.__name__)))
async def hooked():
    yield 1
h = hooked()
print(calls)
step(h.asend(None))
print(calls)
step(h.aclose())
print(calls)
sys.set_asyncgen_hooks(None, None)

# async for / async with on the wrong objects.
class NoAnext:
    def __aiter__(self):
        return self
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class NoAexit:
    async def __aenter__(self):
        return self
async def misuse(kind):
    if kind == 0:
        async for _ in [1]:
            pass
    elif kind == 1:
        async for _ in NoAnext():
            pass
    elif kind == 2:
        async for _ in BadAnext():
            pass
    elif kind == 3:
        async with NoAexit():
            pass
    elif kind == 4:
        async with object():
            pass
    elif kind == 5:
        with NoAexit():
            pass
for k in range(6):
    step(misuse(k))
