# compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000): module code that awaits is a
# coroutine's code (CO_COROUTINE), and eval() of it gives a coroutine; without the flag, or in a
# class body, awaiting at top level stays a SyntaxError.
import asyncio
import inspect

FLAG = 0x2000
CO_COROUTINE = 0x80


async def seven():
    return 7


def compiled(source, mode='exec', flags=FLAG):
    try:
        code = compile(source, '<console>', mode, flags=flags)
    except SyntaxError as exc:
        print('SyntaxError:', exc.msg)
        return None
    print(repr(source), 'coroutine code' if code.co_flags & CO_COROUTINE else 'plain code')
    return code


namespace = {'asyncio': asyncio, 'seven': seven}
for source in ['x = await seven()\nprint(x)\n',
               'y = [await seven() for i in range(2)]\n',
               'async for v in aiter_of():\n  print(v)\n',
               'async with asyncio.timeout(1):\n  print("inside")\n',
               'z = 1 + 1\n',
               'g = (await seven() for i in range(2))\n']:
    code = compiled(source)
    result = eval(code, namespace)
    print(' eval gives a coroutine' if inspect.iscoroutine(result) else f' eval gives {result!r}')
    if inspect.iscoroutine(result):
        try:
            asyncio.run(result)
        except NameError as exc:
            print(' NameError:', exc)

print(namespace['x'], namespace['y'], namespace['z'], type(namespace['g']).__name__)

code = compiled('await seven()\n', mode='single')
asyncio.run(eval(code, namespace))

compiled('await seven()\n', flags=0)
compiled('async with x:\n  pass\n', flags=0)
compiled('[await seven() for i in range(2)]\n', flags=0)
compiled('class C:\n  await seven()\n')
compiled('def f():\n  await seven()\n')
compiled('lambda: await seven()\n')
