# BaseException.with_traceback and assigning __traceback__.
def fail():
    raise ValueError('inner')

try:
    fail()
except ValueError as e:
    saved = e.__traceback__

e = KeyError('k')
print(e.with_traceback(saved) is e, e.__traceback__ is saved)
print(e.with_traceback(None).__traceback__)
for bad in (1, 'tb'):
    try:
        e.with_traceback(bad)
    except TypeError as err:
        print(err)
try:
    e.with_traceback()
except TypeError as err:
    print(err)
try:
    del e.__traceback__
except TypeError as err:
    print(err)
e.__traceback__ = saved
print(e.__traceback__ is saved)

# re-raising with a saved traceback keeps the frames it had
def reraise(exc, tb):
    raise exc.with_traceback(tb)

try:
    reraise(ValueError('again'), saved)
except ValueError as err:
    tb = err.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
