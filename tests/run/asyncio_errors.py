# Exceptions: from tasks, from callbacks (to the loop's exception handler), and out of asyncio.run.
import asyncio


def handler(loop, context):
    print('handler got:', context['message'].split(' at ')[0])
    print('  exception:', repr(context.get('exception')))
    print('  keys:', sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad_callback(x):
        raise ValueError(f'bad {x}')
    loop.call_soon(bad_callback, 1)
    loop.call_later(0.001, bad_callback, 2)
    await asyncio.sleep(0.01)
    print('loop survived')

    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)

    loop.call_exception_handler({'message': 'custom message', 'extra': 1})

    # a failing handler falls back to the default one (on stderr)
    def failing_handler(loop, context):
        print('failing handler called')
        raise KeyError('in handler')
    loop.set_exception_handler(failing_handler)
    loop.call_soon(bad_callback, 3)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)

    # an exception in a task reaches its awaiter with its traceback
    async def deep(n):
        if n == 0:
            raise LookupError('deep')
        await asyncio.sleep(0)
        await deep(n - 1)
    try:
        await asyncio.create_task(deep(3))
    except LookupError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('caught', e, names.count('deep'))

    # SystemExit-like BaseExceptions in a task
    async def base():
        raise GeneratorExit('odd')
    t = asyncio.create_task(base())
    try:
        await t
    except GeneratorExit as e:
        print('GeneratorExit through task', e)

    # a task may not await itself
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print(str(e).split(':')[0])

    # yielding something that is not a future
    import types
    @types.coroutine
    def bad_yield():
        yield 'not a future'
    async def uses_bad_yield():
        await bad_yield()
    try:
        await asyncio.create_task(uses_bad_yield())
    except RuntimeError as e:
        print(e)

    # awaiting a future of another loop
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def awaits_foreign():
        await foreign
    try:
        await asyncio.create_task(awaits_foreign())
    except RuntimeError as e:
        print(str(e).split(' got ')[0].split(' ')[0], 'attached to a different loop' in str(e))
    other.close()

    raise OSError(5, 'from main')


try:
    asyncio.run(main())
except OSError as e:
    print('asyncio.run raised', repr(e))


async def fails_later():
    await asyncio.sleep(0.001)
    raise ArithmeticError('uncaught in asyncio.run')

asyncio.run(fails_later())
