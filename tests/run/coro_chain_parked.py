# A deep await chain suspended and resumed as a whole: every level's cr_running, cr_await,
# cr_frame and exception state, throw() and close() through it, and async generators over it.
import sys, types

@types.coroutine
def pause(v):
    got = yield v
    return got

levels = []

async def bottom():
    got = await pause('p1')
    print('bottom got', got, [c.cr_running for c in levels])
    try:
        await pause('p2')
    except ZeroDivisionError as e:
        print('bottom caught', repr(e), sys.exc_info()[0].__name__)
        got = await pause('p3')
        print('bottom in except got', got, repr(sys.exc_info()[1]))
    return 'done'

async def level(d):
    c = bottom() if d == 0 else level(d - 1)
    levels.append(c)
    return await c

top = level(4)
levels.append(top)
print(top.send(None))
print([c.cr_running for c in levels], [type(c.cr_await).__name__ for c in levels])
print([c.cr_frame.f_lineno for c in levels])
print(top.send('x'))
print(top.throw(ZeroDivisionError('z')))
try:
    top.send('y')
except StopIteration as e:
    print('returned', e.value)
print([c.cr_frame for c in levels])

levels.clear()
top = level(3)
levels.append(top)
print(top.send(None))
top.close()
print([c.cr_frame for c in levels])

async def agen():
    for i in range(3):
        got = await level(2)
        yield i, got

async def main():
    out = []
    async for v in agen():
        out.append(v)
    return out

levels.clear()
m = main()
try:
    v = m.send(None)
    while True:
        v = m.send(v + '!')
except StopIteration as e:
    print(e.value)
