# coroutine.__await__()'s coroutine_wrapper (send, throw, close), a generator expression's frame and
# names, and a nested generator function's qualified name.
import types
@types.coroutine
def pause():
    return (yield 'p')
async def c():
    x = await pause()
    return x * 2
co = c()
w = co.__await__()
print(type(w).__name__, iter(w) is w, w is co.__await__())
print(next(w))
try:
    w.send(21)
except StopIteration as e:
    print('value', e.value)
co2 = c()
w2 = co2.__await__()
print(w2.send(None))
try:
    w2.throw(KeyError('k'))
except KeyError as e:
    print('thrown', e)
w2.close()
co3 = c(); w3 = co3.__await__(); next(w3); w3.close(); print(co3.cr_frame)
g = (i * 2 for i in range(3))
print(g.__name__, g.__qualname__, sorted(g.gi_frame.f_locals), g.gi_code.co_name)
print(next(g), g.gi_frame.f_lineno, g.gi_running, g.gi_yieldfrom)
def outer():
    def inner():
        yield 1
    return inner()
i = outer()
print(i.__qualname__, repr(i).split(' at ')[0])
async def m():
    return [x async for x in ag()]
async def ag():
    yield 1
co5 = m(); print(type(co5).__name__, m.__qualname__); co5.close()
co4 = m(); co4.close()
