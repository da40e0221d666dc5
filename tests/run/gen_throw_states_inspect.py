# throw() in its three forms (with a real traceback), inspect's generator and coroutine states and
# locals, gi_yieldfrom / cr_await / ag_await and the inspect predicates.
import inspect, types, sys
def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)
def g():
    try:
        yield 1
    except Exception as e:
        print('got', type(e).__name__, e.args, e.__traceback__ is not None)
        yield 2
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
for args in [(ValueError,), (ValueError, 'x'), (ValueError, ValueError('y')), (ValueError('z'),), (ValueError, 'w', tb), (ValueError('q'), None, tb), (TypeError, None, None)]:
    x = g(); next(x); show(x.throw, *args)
x = g(); next(x)
show(x.throw, ValueError, 'x', 5)
show(x.throw, ValueError('a'), 'x')
show(x.throw, 'notexc')
show(x.throw, ValueError, 'x', tb, 4)
show(x.throw)
show(lambda: x.throw(typ=ValueError))
# states
def gs():
    print(inspect.getgeneratorstate(me))
    yield 1
me = gs()
print(inspect.getgeneratorstate(me)); next(me); print(inspect.getgeneratorstate(me)); me.close(); print(inspect.getgeneratorstate(me))
class P:
    def __await__(self):
        yield 'p'
async def cs():
    print(inspect.getcoroutinestate(mc))
    await P()
mc = cs()
print(inspect.getcoroutinestate(mc)); mc.send(None); print(inspect.getcoroutinestate(mc)); mc.close(); print(inspect.getcoroutinestate(mc))
print(inspect.getgeneratorlocals(me) if hasattr(inspect,'getgeneratorlocals') else '')
def loc():
    a = 1
    yield a
    b = 2
    yield b
l = loc(); print(inspect.getgeneratorlocals(l)); next(l); print(inspect.getgeneratorlocals(l))
show(inspect.getgeneratorstate, 5)
show(inspect.getcoroutinestate, 5)
# yieldfrom/await
def inner():
    yield 'i'
def outer():
    yield from inner()
o = outer(); print(o.gi_yieldfrom); next(o); print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_yieldfrom); o.close(); print(o.gi_yieldfrom)
def outer2():
    yield from [1, 2]
o = outer2(); next(o); print(type(o.gi_yieldfrom).__name__)
async def a1():
    await P()
async def a2():
    await a1()
c = a2(); print(c.cr_await); c.send(None); print(c.cr_await.__qualname__, type(c.cr_await.cr_await).__name__, c.cr_await.cr_running, c.cr_running)
c.close(); print(c.cr_await)
async def ag():
    await P()
    yield 1
a = ag(); print(a.ag_await, a.ag_running); n = a.__anext__(); n.send(None); print(type(a.ag_await).__name__, a.ag_running)
print(inspect.isawaitable(n), inspect.iscoroutine(n), inspect.isasyncgen(a), inspect.isasyncgenfunction(ag), inspect.iscoroutinefunction(a2), inspect.isgeneratorfunction(outer), inspect.isgenerator(o), inspect.iscoroutinefunction(ag))
print(inspect.isawaitable(P()), inspect.isawaitable(c), inspect.isawaitable(o), inspect.isawaitable(types.coroutine(outer)()))
print(inspect.iscoroutinefunction(lambda: 1), inspect.isasyncgenfunction(a2))
import functools
print(inspect.iscoroutinefunction(functools.partial(a2)))
