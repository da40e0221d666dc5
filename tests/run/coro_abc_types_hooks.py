# collections.abc on native and user objects, the types module's generator types, and
# sys.set_asyncgen_hooks / get_asyncgen_hooks argument handling.
import collections.abc as cabc, types, sys
class P:
    def __await__(self):
        yield 'p'
async def co(): pass
async def ag(): yield 1
def ge(): yield 1
@types.coroutine
def gc(): yield 1
class UA:
    def __await__(self): return iter([])
class UC(UA):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class UAI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
class UAG(UAI):
    async def asend(self, v): pass
    async def athrow(self, *a): pass
class UG:
    def __iter__(self): return self
    def __next__(self): pass
    def send(self, v): pass
    def throw(self, *a): pass
c = co(); a = ag(); g = ge(); gcc = gc()
objs = [c, a, g, gcc, UA(), UC(), UAI(), UAG(), UG(), P(), c.__await__(), a.__anext__(), a.asend(None), a.athrow(ValueError), a.aclose(), 1]
abcs = [cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator, cabc.AsyncGenerator, cabc.Generator, cabc.Iterator, cabc.Iterable]
for o in objs:
    print(type(o).__name__, [isinstance(o, t) for t in abcs])
for t in [types.CoroutineType, types.AsyncGeneratorType, types.GeneratorType]:
    print(t.__name__, [issubclass(t, x) for x in abcs])
print(sorted(cabc.AsyncGenerator.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__))
class MyCoro(cabc.Coroutine):
    def send(self, v): return 'sent'
    def throw(self, *a): return 'thrown'
    def __await__(self): return iter(['x'])
m = MyCoro()
print(m.close() if False else 'ok', isinstance(m, cabc.Awaitable))
try:
    class Bad(cabc.Coroutine): pass
    Bad()
except TypeError as e:
    print(e)
class MyAG(cabc.AsyncGenerator):
    async def asend(self, v):
        raise StopAsyncIteration
    async def athrow(self, *a):
        raise StopAsyncIteration
def run(x):
    try:
        x.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration as e:
        return 'SAI'
print(run(MyAG().__anext__()), run(MyAG().aclose()))
class MyGen(cabc.Generator):
    def send(self, v): return v
    def throw(self, *a): raise StopIteration
mg = MyGen(); print(next(mg), mg.close())
print(isinstance(c, types.CoroutineType), type(c) is types.CoroutineType, types.coroutine(ge) is ge)
c.close(); gcc.close()
print(types.CoroutineType, types.AsyncGeneratorType, types.GeneratorType)
print(sys.get_asyncgen_hooks())
def fi(x): print('firstiter', type(x).__name__)
def fz(x): print('finalizer', type(x).__name__)
sys.set_asyncgen_hooks(fi, fz)
h = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer)
for bad in [dict(firstiter=1), dict(finalizer='x')]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
