# yield from delegating send/throw/close to iterators with and without those methods, gi_running
# and f_back while running, types.coroutine, exhausted and unstarted async generators.
import sys, types
def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)
def run(c):
    try:
        while True:
            print(' y', c.send(None))
    except StopIteration as e:
        return e.value
# yield from delegation of send/throw/close and return value
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('itret')
        return self.n
def d():
    r = yield from It()
    print('ret', r)
    r = yield from [7, 8]
    print('ret2', r)
g = d(); print(list(g))
g = d(); next(g); show(g.send, 5)
g = d(); next(g); show(g.throw, ValueError('t'))
g = d(); next(g); show(g.close)
class WithClose(It):
    def close(self): print('closed It')
    def throw(self, *a): print('throw got', a); return 'thrown-val'
def d2():
    yield from WithClose()
g = d2(); next(g); show(g.throw, KeyError('k')); show(g.close)
g = d2(); next(g); show(g.throw, GeneratorExit)
def inner():
    try:
        yield 1
    except ValueError:
        return 'handled'
def outer():
    r = yield from inner()
    yield r
g = outer(); next(g); show(g.throw, ValueError)
# gi_running in nested
def gr():
    yield g2.gi_running
    yield g2.gi_frame.f_back is not None
g2 = gr(); print(list(g2))
# gi_frame.f_back when suspended
def gb():
    yield sys._getframe().f_back.f_code.co_name
def caller(): return next(gb())
print(caller())
# types.coroutine on a generator function and awaiting
@types.coroutine
def sleep0():
    yield
async def co():
    await sleep0()
    return 'slept'
print(run(co()))
print(types.coroutine(lambda: 1)())
class Aw:
    def __await__(self):
        return (yield from sleep0())
async def co2():
    return await Aw()
print(run(co2()))
# coroutine wrapper repr/type
c = co(); w = c.__await__(); print(type(w).__name__); c.close()
# asend/athrow on exhausted
async def ag():
    yield 1
a = ag()
print(run(a.asend(None)) if False else '')
show(run, a.__anext__()); show(run, a.__anext__()); show(run, a.asend(None)); show(run, a.athrow(ValueError)); show(run, a.aclose())
# athrow on not-started ag
a = ag(); show(run, a.athrow(ValueError('ns')))
a = ag(); show(run, a.aclose()); show(run, a.__anext__())
# ag_running
async def agr():
    yield a3.ag_running
a3 = agr(); show(run, a3.__anext__())
# async gen with await in finally on aclose and exception in aclose
async def agf():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
a = agf(); show(run, a.__anext__()); show(run, a.aclose())
# sync generator in async for
async def af():
    async for x in ag():
        print('af', x)
    else:
        print('else ran')
print(run(af()))
# async with suppression
class CM:
    async def __aenter__(self): return self
    async def __aexit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
async def aw():
    async with CM():
        raise ValueError
    return 'suppressed'
print(run(aw()))
