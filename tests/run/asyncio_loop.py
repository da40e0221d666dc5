# The event loop's own API: new loops, run_until_complete, run_forever/stop, call_soon,
# call_later, call_at, time, close, and the running loop.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())


async def compute(x):
    print('running:', asyncio.get_running_loop() is loop, loop.is_running())
    print('get_event_loop is running loop:', asyncio.get_event_loop() is loop)
    await asyncio.sleep(0.01)
    return x * 2

print(loop.run_until_complete(compute(21)))
print(loop.is_running())

fut = loop.create_future()
loop.call_soon(fut.set_result, 'from callback')
print(loop.run_until_complete(fut))

task = loop.create_task(compute(5), name='made by loop')
print(task.get_name(), loop.run_until_complete(task))

# run_forever until a callback stops it
def tick(n):
    print('tick', n)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(tick, n + 1)

loop.call_soon(tick, 1)
loop.run_forever()
print('run_forever returned')

# stop() before run_forever: runs one iteration of what is ready
loop.call_soon(print, 'ran in the one iteration')
loop.stop()
loop.run_forever()

# call_later / call_at order, cancelled handles, handle methods
order = []
start = loop.time()
h1 = loop.call_later(0.02, order.append, 'later 0.02')
h2 = loop.call_later(0.01, order.append, 'later 0.01')
h3 = loop.call_at(start + 0.015, order.append, 'at 0.015')
h4 = loop.call_later(0.005, order.append, 'cancelled')
h5 = loop.call_soon(order.append, 'soon')
h6 = loop.call_soon(order.append, 'soon cancelled')
h4.cancel()
h6.cancel()
print(h4.cancelled(), h1.cancelled(), h6.cancelled(), h3.when() == start + 0.015)
print(type(h1).__name__, type(h5).__name__, isinstance(h1, asyncio.Handle))
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)
print(loop.time() - start >= 0.03)

# arguments are passed on
loop.call_soon(print, 'a', 'b', 'c')
loop.call_later(0, print, 'x', 1)
loop.run_until_complete(asyncio.sleep(0.001))

# errors
def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, 'raises', type(e).__name__, e)

loop.set_debug(True)
show('call_soon coroutine function', lambda: loop.call_soon(compute))
c = compute(1)
show('call_soon coroutine', lambda: loop.call_soon(c))
c.close()
show('call_soon non-callable', lambda: loop.call_soon(1))
show('call_later non-callable', lambda: loop.call_later(1, 1))
loop.set_debug(False)
print(loop.get_debug())
show('call_later None', lambda: loop.call_later(None, print))
show('call_at None', lambda: loop.call_at(None, print))

async def nested():
    c = asyncio.sleep(0)
    show('run_until_complete while running', lambda: loop.run_until_complete(c))
    show('run_forever while running', loop.run_forever)
    show('asyncio.run while running', lambda: asyncio.run(c))
    c.close()
    show('close while running', loop.close)
    return 'nested ok'

print(loop.run_until_complete(nested()))

# stopping before the future is done
async def forever():
    await asyncio.sleep(3600)

loop.call_soon(loop.stop)
show('stopped early', lambda: loop.run_until_complete(forever()))

loop.close()
print(loop.is_closed())
loop.close()
c = compute(1)
show('run on closed loop', lambda: loop.run_until_complete(c))
show('call_soon on closed loop', lambda: loop.call_soon(print))
show('create_task on closed loop', lambda: loop.create_task(c))
c.close()
show('run_forever on closed loop', loop.run_forever)

# set_event_loop / get_event_loop outside a running loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(compute(7)))
show('set_event_loop of int', lambda: asyncio.set_event_loop(1))
loop2.close()

# asyncio.run: argument checks, its loop is closed afterwards
try:
    asyncio.run(compute)
except ValueError as e:
    print(str(e).split(' at ')[0])
async def grab():
    return asyncio.get_running_loop()
inner = asyncio.run(grab())
print(inner.is_closed(), inner.is_running())
show('get_event_loop after run', asyncio.get_event_loop)
