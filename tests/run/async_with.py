# async with: __aenter__/__aexit__ awaited, suppression by a true result, exceptions in the
# body and in __aexit__, and CPython's TypeErrors for objects missing the protocol.


def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


def run(coro):
    try:
        while True:
            print('  yielded', repr(coro.send(None)))
    except StopIteration as e:
        return e.value


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


class Manager:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    async def __aenter__(self):
        await Pause('enter ' + self.name)
        if self.fail_enter:
            raise OSError('enter failed')
        return 'resource ' + self.name

    async def __aexit__(self, typ, exc, tb):
        await Pause('exit ' + self.name)
        print('exit', self.name, typ.__name__ if typ else None, repr(exc), tb is not None)
        if self.fail_exit:
            raise KeyError('exit failed')
        return self.suppress


async def basic():
    async with Manager('a') as r:
        print('body', r)
    return 'basic done'


print(run(basic()))


async def raising(suppress):
    async with Manager('b', suppress=suppress):
        raise ValueError('in body')
    return 'after with'


print(run(raising(True)))
show(run, raising(False))


async def nested():
    async with Manager('outer') as a, Manager('inner') as b:
        print('both', a, b)
        return 'returned from inside'


print(run(nested()))


async def enter_fails():
    async with Manager('c', fail_enter=True):
        print('not reached')


show(run, enter_fails())


async def exit_fails(in_body):
    async with Manager('d', fail_exit=True):
        if in_body:
            raise ValueError('body error')
    return 'unreached'


def exit_chain():
    try:
        run(exit_fails(True))
    except KeyError as e:
        print('KeyError with context', repr(e.__context__))


show(run, exit_fails(False))
exit_chain()


async def loop_control():
    out = []
    for i in range(4):
        async with Manager('loop%d' % i, suppress=True):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(run(loop_control()))


class SyncResult:
    """__aenter__/__aexit__ that are plain methods returning awaitables."""

    def __aenter__(self):
        return Pause('plain enter')

    def __aexit__(self, *args):
        return Pause('plain exit')


async def plain_methods():
    async with SyncResult() as r:
        print('entered with', r)


print(run(plain_methods()))


class NotAwaitableEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class NotAwaitableExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class OnlyEnter:
    async def __aenter__(self):
        pass


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def use(m):
    async with m:
        print('inside', type(m).__name__)


for m in [NotAwaitableEnter(), NotAwaitableExit(), OnlyEnter(), SyncManager(), 42]:
    show(run, use(m))


async def exit_not_awaitable_on_error():
    async with NotAwaitableExit():
        raise ValueError('x')


show(run, exit_not_awaitable_on_error())


# __aexit__ receives the exception; its truth decides suppression
class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('bool called')
        return self.v


class ReturnsTruthy:
    def __init__(self, v):
        self.v = v

    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return Truthy(self.v)


async def truthy(v):
    async with ReturnsTruthy(v):
        raise IndexError('i')
    return 'suppressed'


show(run, truthy(True))
show(run, truthy(False))
