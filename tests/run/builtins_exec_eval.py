# exec(), eval() and compile(): namespaces, modes, code objects and SyntaxError.
g = {}
exec('x = 1\ny = x + 1', g)
print(sorted(g), g['y'], type(g['__builtins__']).__name__)
l = {}
exec('z = a * 2', {'a': 21}, l)
print(l)
print(eval('1 + 2 * 3'), eval('a + b', {'a': 1}, {'b': 2}), eval('  len("abc")'), eval('\tTrue'))
print(eval(b'7 * 6'))


def uses_caller():
    local_value = 5
    return eval('local_value * 2'), eval('len')


print(uses_caller())
counter = 0
exec('counter += 1')
print(counter)


def exec_in_function():
    v = 1
    exec('v = 2')
    ns = {}
    exec('w = 3', None, ns)
    return v, ns


print(exec_in_function())

code = compile('result = 6 * 7', '<made>', 'exec')
print(type(code).__name__)
ns = {}
exec(code, ns)
print(ns['result'])
print(eval(compile('2 ** 10', 'f', 'eval')))
single = compile('40 + 2', '<single>', 'single')
exec(single)
exec(compile('None', '<single>', 'single'))


class Mapping:
    def __getitem__(self, key):
        if key == 'magic':
            return 'from the mapping'
        raise KeyError(key)


print(eval('magic', {}, Mapping()))

for source in ['1 +', 'def f(:\n  pass', 'x = (', '  indented = 1', 'for x in y:\nprint(x)']:
    try:
        exec(source)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text.rstrip('\n')), e.filename, str(e))
try:
    eval('x = 1')
except SyntaxError as e:
    print(e)
try:
    compile('a\0b', 'f', 'exec')
except SyntaxError as e:
    print(e)

for bad in [lambda: exec(5), lambda: exec('1', 5), lambda: exec('1', {}, 5), lambda: eval(5),
            lambda: eval('1', 5), lambda: eval('1', {}, 5), lambda: compile(5, 'f', 'exec'),
            lambda: compile('1', 'f', 'nope'), lambda: compile('1', 'f', 5), lambda: compile('1', 5, 'exec')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

e = SyntaxError('custom', ('file.py', 3, 4, 'text', 3, 6))
print(e, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(SyntaxError('plain'), SyntaxError('plain').lineno)
exec('raise_here = 1\nraise ValueError("from exec")')
