# generator.throw() in its three forms, close(), GeneratorExit, and what they do to the state.
import_free = True


def show(f, *args):
    try:
        r = f(*args)
        print('->', repr(r))
    except BaseException as e:
        print(type(e).__name__, e)


def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught', repr(e), e.args)
            yield 'recovered'


g = catcher()
next(g)
show(g.throw, ValueError)
next(g)
show(g.throw, ValueError, 'one')
next(g)
show(g.throw, ValueError, ('a', 'b'))
next(g)
show(g.throw, ValueError('inst'))
next(g)
show(g.throw, ValueError, ValueError('same'))
next(g)
show(g.throw, ValueError, None, None)
next(g)
show(g.throw, ValueError('inst'), 'extra')
show(g.throw, ValueError, 1, 'tb')
show(g.throw, 42)
show(g.throw, int)
show(g.throw)
show(g.throw, 1, 2, 3, 4)
print(g.gi_suspended)
show(g.throw, KeyError, 'escapes')
print(g.gi_frame, g.gi_suspended)
show(g.throw, KeyError, 'again')
show(next, g)


class MyError(Exception):
    def __init__(self, *args):
        print('MyError init', args)
        super().__init__(*args)


def plain():
    yield 1
    yield 2


g = plain()
show(g.throw, MyError, (1, 2))
show(next, g)

# throw into a just-started generator: raised at its start
g = plain()
show(g.throw, TypeError('before start'))
show(next, g)
g = plain()
show(g.throw, StopIteration)


# a thrown exception's context is the exception handled where the generator paused
def in_handler():
    try:
        raise KeyError('handled')
    except KeyError:
        yield 'in except'


g = in_handler()
next(g)
try:
    g.throw(ValueError('thrown'))
except ValueError as e:
    print('context', repr(e.__context__))

g = plain()
next(g)
try:
    raise IndexError('outer')
except IndexError:
    try:
        g.throw(ValueError('thrown2'))
    except ValueError as e:
        print('context2', repr(e.__context__))


# close()
def closable():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')


g = closable()
print(g.close(), g.gi_frame)
g = closable()
next(g)
print(g.close(), g.gi_frame, g.gi_suspended)
print(g.close())
show(next, g)


def catches_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print('got', type(e).__name__, repr(e), e.args)
        raise


g = catches_exit()
next(g)
g.close()


done = False


def ignores_exit():
    while not done:
        try:
            yield 'x'
        except GeneratorExit:
            print('ignoring')


g = ignores_exit()
next(g)
show(g.close)
print(g.gi_suspended)
show(g.throw, GeneratorExit)
done = True
show(next, g)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'


g = returns_on_exit()
next(g)
show(g.close)


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')


g = raises_other()
next(g)
show(g.close)
show(g.close)


def stop_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration('converted?')


g = stop_on_exit()
next(g)
show(g.close)


# close from inside the generator
def self_closer():
    yield me.close()


me = self_closer()
show(next, me)


# throw a GeneratorExit class and instance
def exit_catcher():
    try:
        yield 1
    except GeneratorExit:
        yield 'after exit'


g = exit_catcher()
next(g)
show(g.throw, GeneratorExit)
g = exit_catcher()
next(g)
show(g.throw, GeneratorExit())

# a generator's finally block with return during throw
def finally_return():
    try:
        yield 1
    finally:
        return 'from finally'


g = finally_return()
next(g)
show(g.throw, ValueError)


# exceptions handled inside the generator do not leak into the caller's handled exception
def handler_inside():
    try:
        raise ValueError('inside')
    except ValueError:
        yield 1
    yield 2


import_free = handler_inside()
next(import_free)
try:
    raise KeyError('caller')
except KeyError:
    next(import_free)
    try:
        raise
    except KeyError as e:
        print('caller still handles', repr(e))
