# What a loop reports about the tasks and futures it drops: exceptions never retrieved, and
# tasks destroyed while pending (CPython reports them when they are destroyed; here each
# scenario drops them as its loop closes and the function returns).
import asyncio


def handler(loop, context):
    exc = context.get('exception')
    subject = context.get('future') or context.get('task')
    print('handler:', context['message'], repr(exc), type(subject).__name__)


async def fails(n):
    raise ValueError(n)


async def forever():
    await asyncio.sleep(3600)


def unretrieved():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    t1 = loop.create_task(fails(1))
    t2 = loop.create_task(fails(2))
    loop.run_until_complete(asyncio.sleep(0.01))
    print(t2.exception())
    print('closing')
    loop.close()


unretrieved()
print('after unretrieved')


def future_unretrieved():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.set_exception(KeyError('k'))
    g = loop.create_future()
    g.set_exception(KeyError('retrieved'))
    g.exception()
    loop.close()


future_unretrieved()
print('after future_unretrieved')


def pending():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    t = loop.create_task(forever())
    loop.run_until_complete(asyncio.sleep(0.01))
    print('closing with a pending task')
    loop.close()


pending()
