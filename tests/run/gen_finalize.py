# Generators left suspended are closed when the program ends (their finally blocks run after
# the last output), in the order of the module's globals.


def gen(n):
    try:
        yield n
    finally:
        print('finally', n)


def no_cleanup(n):
    yield n


a = gen(1)
next(a)
b = gen(2)
next(b)
holder = [gen(3)]
next(holder[0])
closed = gen(4)
next(closed)
closed.close()
unstarted = gen(5)
finished = gen(6)
list(finished)
plain = no_cleanup(7)
next(plain)


async def agen():
    try:
        yield 'x'
    finally:
        print('async generator finally')


ag = agen()
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print('first value', e.value)
print('end')
