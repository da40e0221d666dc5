# "coroutine '…' was never awaited" for a coroutine call tested by if/while/not (dropped at
# once), and at the program's end: the unreachable ones first (with the tracemalloc hint, as
# CPython's collection at shutdown), then __main__'s globals in order, a list's or tuple's
# items from the end, a dict's values in order. tests/unit/coroutines.test.js compares the
# whole stderr.


async def f():
    pass


async def g():
    pass


async def h():
    pass


if f():
    print('a coroutine is true')
while not g():
    pass
if h() is None:
    print('never')
if (
    f()
):
    pass


class Cycle:
    async def method(self):
        pass

    def __init__(self):
        self.coro = self.method()


Cycle()
kept = f()
kept_again = f()
listed = [g(), h()]
in_tuple = (h(), g())
mapped = {'first': f(), 'second': g()}
print('end')
