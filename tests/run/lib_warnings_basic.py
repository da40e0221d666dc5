import sys
import warnings


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts).replace(__file__, 'FILE')


def captured(action):
    saved = sys.stderr
    sys.stderr = capture = Capture()
    try:
        action()
    finally:
        sys.stderr = saved
    print(repr(capture.text()))


def deprecated_api():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)


def user_code():
    deprecated_api()


captured(lambda: warnings.warn('plain message'))
captured(lambda: warnings.warn('runtime', RuntimeWarning))
captured(user_code)
captured(lambda: warnings.warn(UserWarning('instance message')))


def warn_in_loop():
    for i in range(3):
        warnings.warn('repeated')


captured(warn_in_loop)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warn_in_loop()
    warnings.warn('pending', PendingDeprecationWarning)
    deprecated_api()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print([w.lineno for w in log], all(w.filename == __file__ for w in log))
print(str(log[0]).replace(__file__, 'FILE'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    warnings.simplefilter('always', RuntimeWarning)
    warnings.warn('shown', RuntimeWarning)
    warnings.warn('still ignored', UserWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('other')
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('per module')
        warnings.warn('per module')
print([str(w.message) for w in log])

with warnings.catch_warnings(action='ignore'):
    captured(lambda: warnings.warn('under action=ignore'))

seen = []
saved = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom shower', FutureWarning)
warnings.showwarning = saved
print(seen)
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'the line  ')))
print(repr(warnings.formatwarning('msg', SyntaxWarning, 'file.py', 12, '')))
captured(lambda: warnings.warn_explicit('explicit', UserWarning, 'somewhere.py', 7))
captured(lambda: warnings.showwarning('shown directly', UserWarning, 'x.py', 3, line='code here'))

for bad in [lambda: warnings.warn('x', int), lambda: warnings.warn('x', 'notaclass'), lambda: warnings.warn('x', ValueError)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError:', e)
print(warnings.filters[:2] == warnings.filters[:2], type(warnings.filters))
w = warnings.catch_warnings()
try:
    w.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
warnings.warn('final warning goes to the real stderr')
