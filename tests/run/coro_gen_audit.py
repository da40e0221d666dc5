# Generator and coroutine details from PEP 342/380/479/492/525/530 not covered elsewhere:
# code flags, gi_code/cr_code/ag_code, names, iteration errors, states, hooks' argument errors,
# collections.abc on native and user objects, and close()/throw() corner cases.
import inspect, sys, types, collections.abc as abc

def show(label, f, *args):
    try:
        print(label, '->', repr(f(*args)))
    except BaseException as e:
        print(label, '->', type(e).__name__, e)

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

@types.coroutine
def gencoro():
    yield 1

def plain():
    return gen()

# Code flags.
for fn in (gen, coro, agen, gencoro, plain):
    flags = fn.__code__.co_flags
    print(fn.__name__, [name for name in ('CO_GENERATOR', 'CO_COROUTINE', 'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR')
                        if flags & getattr(inspect, name)])
print(types.coroutine(coro) is coro, types.coroutine(gencoro) is gencoro)
wrapped = types.coroutine(plain)
print(wrapped is plain, inspect.isawaitable(wrapped()))

# Code objects and names.
g, c, a = gen(), coro(), agen()
print(g.gi_code is gen.__code__, c.cr_code is coro.__code__, a.ag_code is agen.__code__)
print(g.__name__, g.__qualname__, c.__name__, c.__qualname__, a.__name__, a.__qualname__)
c.__name__ = 'renamed'
c.__qualname__ = 'Q.renamed'
print(c.__name__, c.__qualname__, repr(c).split(' at ')[0])
show('set name', setattr, c, '__name__', 5)
show('set qualname', setattr, g, '__qualname__', None)
show('del name', delattr, a, '__name__')

# A coroutine is not iterable; a plain generator cannot be awaited.
show('iter', iter, c)
show('list', list, c)
show('next', next, c)
async def await_gen():
    await gen()
show('await gen', await_gen().send, None)
async def await_int():
    await 5
show('await int', await_int().send, None)
class BadAwait:
    __await__ = None
async def await_bad():
    await BadAwait()
show('await None __await__', await_bad().send, None)
c.close()
a.aclose().close()

# States.
def states_gen():
    print(' inside', inspect.getgeneratorstate(sg))
    yield
sg = states_gen()
print(inspect.getgeneratorstate(sg))
next(sg)
print(inspect.getgeneratorstate(sg))
sg.close()
print(inspect.getgeneratorstate(sg))
async def states_coro():
    print(' inside', inspect.getcoroutinestate(sc))
    await types.coroutine(lambda: (yield))()
sc = states_coro()
print(inspect.getcoroutinestate(sc))
sc.send(None)
print(inspect.getcoroutinestate(sc), sc.cr_suspended, sc.cr_running)
sc.close()
print(inspect.getcoroutinestate(sc), sc.cr_frame)
unstarted = coro()
show('getgeneratorstate(coro)', inspect.getgeneratorstate, unstarted)
unstarted.close()
show('getcoroutinestate(gen)', inspect.getcoroutinestate, gen())

# inspect predicates.
for obj in (gen, coro, agen, gencoro, gen(), coro(), agen(), gencoro()):
    if inspect.iscoroutine(obj):
        obj.close()
    print(inspect.isgeneratorfunction(obj), inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj),
          inspect.isgenerator(obj), inspect.iscoroutine(obj), inspect.isasyncgen(obj), inspect.isawaitable(obj))

# Async generator hooks: argument errors and the values returned.
show('hooks int', sys.set_asyncgen_hooks, 1)
show('hooks finalizer', sys.set_asyncgen_hooks, None, 'x')
show('hooks kw', sys.set_asyncgen_hooks, firstiter=None, finalizer=None)
old = sys.get_asyncgen_hooks()
print(type(old).__name__, old.firstiter, old.finalizer, old[0], len(old))

# collections.abc on native and user objects.
class UserAwaitable:
    def __await__(self):
        yield
class UserCoroutine(UserAwaitable):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class UserAsyncIterator:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class UserGenerator:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
objs = [gen(), coro(), agen(), gencoro(), UserAwaitable(), UserCoroutine(), UserAsyncIterator(), UserGenerator()]
for cls in (abc.Awaitable, abc.Coroutine, abc.AsyncIterable, abc.AsyncIterator, abc.AsyncGenerator, abc.Generator,
            abc.Iterator, abc.Iterable):
    print(cls.__name__, [isinstance(o, cls) for o in objs])
for o in objs:
    if inspect.iscoroutine(o):
        o.close()

# throw() and close() corner cases.
def catcher():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
cg = catcher()
next(cg)
show('close ignoring', cg.close)
def returns_in_finally():
    try:
        yield 1
    finally:
        return 'value'
rg = returns_in_finally()
next(rg)
show('close with return', rg.close)
show('throw on created', gen().throw, ValueError('created'))
show('throw type+value', gen().throw, ValueError, 'v')
show('throw type+tuple', gen().throw, ValueError, ('a', 'b'))
show('throw bad type', gen().throw, int)
show('throw instance+value', gen().throw, ValueError('x'), 'y')
show('close finished', rg.close)
def stop_inside():
    yield 1
    raise StopIteration('inside')
si = stop_inside()
next(si)
show('PEP 479', next, si)
show('PEP 479 cause', lambda: si.gi_frame)
async def coro_stop():
    raise StopIteration
show('coroutine StopIteration', coro_stop().send, None)
async def agen_stop():
    yield 1
    raise StopAsyncIteration
async def drive_agen_stop():
    out = []
    try:
        async for v in agen_stop():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
    return out
show('async generator StopAsyncIteration', drive_agen_stop().send, None)
