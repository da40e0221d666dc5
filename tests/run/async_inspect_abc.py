# inspect's predicates and states for generators and coroutines, and collections.abc's
# isinstance() on native objects and on user classes (through __subclasshook__ and register()).
import inspect
import collections.abc as abc


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Methods:
    def gen_method(self):
        yield 1

    async def coro_method(self):
        pass

    async def agen_method(self):
        yield 1


m = Methods()
for label, f in [('gen', gen), ('coro', coro), ('agen', agen), ('bound gen', m.gen_method), ('bound coro', m.coro_method),
                 ('bound agen', m.agen_method), ('unbound coro', Methods.coro_method), ('len', len), ('lambda', lambda: 0)]:
    print(label, inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isbuiltin(f),
          inspect.isroutine(f))

g, c, a = gen(), coro(), agen()
for obj in [g, c, a, 1, [], iter([])]:
    print(type(obj).__name__, inspect.isgenerator(obj), inspect.iscoroutine(obj), inspect.isasyncgen(obj),
          inspect.isawaitable(obj))


class MyAwaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(MyAwaitable()), inspect.isawaitable(MyAwaitable), inspect.isclass(MyAwaitable),
      inspect.iscode(gen.__code__), inspect.isframe(g.gi_frame), inspect.ismodule(inspect))

# generator and coroutine states
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def watching():
    yield inspect.getgeneratorstate(me)


me = watching()
print(next(me))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


class Pause:
    def __await__(self):
        yield


async def waits(x):
    await Pause()


w = waits(5)
print(inspect.getcoroutinestate(w))
w.send(None)
print(inspect.getcoroutinestate(w), inspect.getcoroutinelocals(w))
w.close()
print(inspect.getcoroutinestate(w), inspect.getcoroutinelocals(w))
c.close()
print(inspect.getcoroutinestate(c))

# collections.abc with the native types
for obj in [g, gen(), c, a, [], iter([]), (x for x in ()), MyAwaitable(), c.__await__() if False else None]:
    print(type(obj).__name__, [name for name in ['Iterable', 'Iterator', 'Generator', 'Awaitable', 'Coroutine',
                                                 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator']
                               if isinstance(obj, getattr(abc, name))])


# user classes recognised by their methods
class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class FakeCoro:
    def __await__(self):
        return iter(())

    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


class NotIter:
    __iter__ = None


for cls in [AIter, FakeCoro, NotIter, list, dict, str, int, type(gen()), type(agen())]:
    print(cls.__name__, issubclass(cls, abc.AsyncIterator), issubclass(cls, abc.AsyncIterable),
          issubclass(cls, abc.Coroutine), issubclass(cls, abc.Awaitable), issubclass(cls, abc.Iterable),
          issubclass(cls, abc.Hashable), issubclass(cls, abc.Sized))


# subclassing the ABCs and registering virtual subclasses
class MyIterator(abc.Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(MyIterator()), iter(MyIterator()).__class__.__name__)
try:
    abc.Iterator()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abc.Generator()
except TypeError as e:
    print(type(e).__name__, e)


class Virtual:
    pass


print(isinstance(Virtual(), abc.Awaitable))
abc.Awaitable.register(Virtual)
print(isinstance(Virtual(), abc.Awaitable), issubclass(Virtual, abc.Awaitable), inspect.isawaitable(Virtual()))
print(issubclass(bool, abc.Hashable), isinstance(1, (abc.Awaitable, abc.Hashable)))
try:
    issubclass(1, abc.Iterable)
except TypeError as e:
    print(type(e).__name__, e)


# the mixin methods of Generator and Coroutine
class Countdown(abc.Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n == 0:
            raise StopIteration('done')
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise StopIteration('thrown')


print(list(Countdown(3)))
cd = Countdown(2)
print(next(cd), cd.close())


class ManualCoro(abc.Coroutine):
    def send(self, value):
        raise StopIteration('manual result')

    def throw(self, typ, val=None, tb=None):
        raise typ

    def __await__(self):
        return iter(())


print(isinstance(ManualCoro(), abc.Coroutine), ManualCoro().close())
