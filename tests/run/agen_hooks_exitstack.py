# The asyncgen finalizer hook when an async for returns early, AsyncExitStack (callbacks, pop_all,
# aclose), aclosing, and await inside comprehensions of async functions.
import sys, contextlib
def run(c):
    try:
        while True:
            print(' y', c.send(None))
    except StopIteration as e:
        return e.value
def show(f, *args):
    try:
        print('->', repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)
# finalizer hook called when an async gen is collected
calls = []
def firstiter(ag): calls.append(('first', ag.__name__))
def finalizer(ag): calls.append(('final', ag.__name__)); show(run, ag.aclose())
sys.set_asyncgen_hooks(firstiter, finalizer)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def partial():
    async for x in agen():
        return x
print(run(partial()))
for i in range(3000):
    garbage = [i] * 1000
print(calls)
sys.set_asyncgen_hooks(None, None)
# AsyncExitStack
async def main():
    async with contextlib.AsyncExitStack() as st:
        async def cb(x): print('cb', x)
        st.push_async_callback(cb, 1)
        st.callback(print, 'sync cb')
        @contextlib.asynccontextmanager
        async def cm(n):
            print('enter', n); yield n; print('exit', n)
        print(await st.enter_async_context(cm(1)))
        st2 = st.pop_all()
    print('after with')
    await st2.aclose()
    async with contextlib.aclosing(agen()) as a:
        async for x in a:
            print('x', x)
            break
    print('done')
print(run(main()))
# nested async comprehension errors
async def bad():
    return [x async for x in [1, 2]]
show(run, bad())
async def gen_in_comp():
    return [i for i in range(3) if await v(i)]
async def v(x): return x
print(run(gen_in_comp()))
