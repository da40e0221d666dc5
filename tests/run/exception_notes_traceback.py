import sys
import traceback

e = ValueError('bad')
print(e.add_note('first'), e.__notes__)
e.add_note('second\nline')
print(e.__notes__, traceback.format_exception_only(e))
for bad in [lambda: e.add_note(1), lambda: e.add_note(), lambda: e.add_note('a', 'b'), lambda: e.add_note(note='x')]:
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)
other = KeyError('k')
other.__notes__ = 'not a list'
try:
    other.add_note('x')
except TypeError as err:
    print('TypeError:', err)
other.__notes__ = ('a tuple',)
try:
    other.add_note('x')
except TypeError as err:
    print('TypeError:', err)


def fail():
    raise RuntimeError('inner')


try:
    fail()
except RuntimeError as err:
    tb = err.__traceback__
fresh = TypeError('fresh')
print(fresh.with_traceback(tb) is fresh, fresh.__traceback__ is tb, fresh.with_traceback(None).__traceback__)
try:
    raise fresh.with_traceback(tb)
except TypeError as err:
    print([f.name for f in traceback.extract_tb(err.__traceback__)])
for bad in [lambda: fresh.with_traceback(5), lambda: setattr(fresh, '__traceback__', 'x'), lambda: delattr(fresh, '__traceback__')]:
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)


class Noted(Exception):
    pass


err = Noted('final')
err.add_note('a note printed after the message')
err.add_note('the last line of stderr')
raise err
