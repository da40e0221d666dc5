# await in every expression position (subscripts, slices, f-strings, comprehensions, unpacking,
# keyword arguments) and the TypeErrors of async with / async for on objects lacking the protocol.
import contextlib
def run(c):
    try:
        while True:
            print(' y', c.send(None))
    except StopIteration as e:
        return e.value
def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)
async def v(x): return x
class P:
    def __await__(self):
        return (yield 'p')
async def positions():
    d = {'a': 1}
    print(d[await v('a')], [1,2,3][await v(0):await v(2)])
    print(f"{await v(1)!r:>5} {await v('s')=}")
    print(*[await v(i) async for i in agen(3)], sep=',')
    print({k: await v(k) for k in range(2)}, {await v(k) for k in range(2)})
    print([x async for x in agen(4) if await v(x % 2)])
    print([[y async for y in agen(x)] for x in range(3)])
    print(sum(await v(i) for i in range(3)) if False else 'skip')
    g = (await v(i) for i in range(3))
    print(type(g).__name__, [x async for x in g])
    print(await v(2) ** 2, -await v(3), await v(2) ** await v(3))
    x = [0]
    x[await v(0)] = await v('set')
    print(x)
    d2 = {}
    d2[await v('k')] += 1 if False else 0
    async with CM() as (a, b):
        print(a, b)
    print(await P() if await v(False) else await v('cond'))
    print(getattr(await v(P()), '__class__').__name__)
    kw = dict(a=await v(1), **await v({'b': 2}))
    print(kw)
    return [await v(i) for i in [await v(1), await v(2)]]
class CM:
    async def __aenter__(self): return (1, await v(2))
    async def __aexit__(self, *a): print('exit', a)
async def agen(n):
    for i in range(n):
        yield i
show(run, positions())
# async with errors
class NoEnter: pass
class NoExit:
    async def __aenter__(self): return 1
class SyncCM:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
class BadAenter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class BadAexit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def use(cm):
    async with cm as x:
        print('body', x)
for cm in [NoEnter(), NoExit(), SyncCM(), BadAenter(), BadAexit(), 1]:
    show(run, use(cm))
class NoAiter: pass
class AiterNotAsync:
    def __aiter__(self): return 1
class AnextNotAwait:
    def __aiter__(self): return self
    def __anext__(self): return 1
class SyncIter:
    def __iter__(self): return iter([1])
async def afor(o):
    async for x in o:
        print(x)
for o in [NoAiter(), AiterNotAsync(), AnextNotAwait(), SyncIter(), [1], 1]:
    show(run, afor(o))
async def withsync():
    with CM():
        pass
show(run, withsync())
async def forsync():
    for x in agen(1):
        pass
show(run, forsync())
