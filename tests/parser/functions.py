# Functions, parameters of every kind, decorators, async, await, generators.
import functools


@functools.wraps(f)
@decorator
@decorator.with_args(1, 2)
@(lambda f: f)
@a[0].b(c)
def decorated(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a


def posonly(a, b, /, c, d=1, *, e, f=2):
    pass


def posonly_defaults(a=1, /, b=2):
    pass


def only_star(*, a):
    pass


def annotated(a: int, b: "str" = "x", *args: int, c: list[int] = [], **kw: dict) -> None:
    pass


def star_annotation(*args: *Ts):
    pass


def trailing_comma(
    a,
    b,
):
    pass


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from range(3)
    return x, y


async def coroutine(session):
    await session.get()
    async with session.lock() as lock, other:
        pass
    async for item in session.stream():
        print(item)
    else:
        pass
    x = [i async for i in aiter() if await i]
    y = {i: j async for i, j in pairs()}
    z = (await i for i in items)
    return await asyncio.gather(*(task() for task in tasks))


@decorator
async def decorated_coroutine():
    await x


async def async_generator():
    async for item in source():
        yield item
    yield


@decorator
class Decorated(Base):
    @property
    def prop(self):
        return self._prop

    @prop.setter
    def prop(self, value):
        self._prop = value

    @staticmethod
    async def static():
        pass


def defaults_with_walrus(a=(b := 1)):
    pass


lambda: (yield)
