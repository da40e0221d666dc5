# "RuntimeWarning: coroutine '…' was never awaited": printed (on stderr) where CPython prints it
# for a coroutine call used as a statement, once per location, and at the end for the ones
# still alive. The unit test tests/unit/coroutines.test.js compares the whole stderr.


async def f():
    print('never printed')


f()
print('after the statement')


def caller():
    f()


caller()
caller()
for i in range(3):
    f()


class A:
    async def method(self):
        pass


A().method()
closed = f()
closed.close()
awaited = f()
try:
    awaited.send(None)
except StopIteration:
    print('awaited by hand')
kept = f()
kept_too = [A().method()]
print('end')
