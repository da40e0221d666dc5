# coroutine.throw() and coroutine_wrapper.throw() with each signature (type; type, value; instance;
# type, value, traceback) and their TypeErrors, into a coroutine awaiting a generator-based one.
import sys, types, traceback
@types.coroutine
def pause():
    yield
async def c():
    try:
        await pause()
    except Exception as e:
        print('caught', type(e).__name__, e.args, [f.name for f in traceback.extract_tb(e.__traceback__)])
        return 'handled'
def tb_of():
    try:
        raise OSError('for tb')
    except OSError as e:
        return e.__traceback__
for args in [(KeyError,), (KeyError, 'v'), (KeyError, ('a', 1)), (KeyError('inst'),), (KeyError, None, tb_of()), (KeyError('i'), None, None)]:
    co = c()
    co.send(None)
    try:
        co.throw(*args)
    except StopIteration as e:
        print('->', e.value)
co = c(); co.send(None)
for bad in [(KeyError, 'v', 'notb'), (42,), (KeyError('x'), 'y')]:
    try:
        co.throw(*bad)
    except Exception as e:
        print(type(e).__name__, e)
co.close()
a = c().__await__()
print(type(a).__name__)
next(a)
try:
    a.throw(ValueError, 'w', None)
except StopIteration as e:
    print('wrapper ->', e.value)
