# compile() and exec() of absurdly deep nesting raise what CPython raises (not a crash).
for source in ['x = ' + '-' * 3000 + '1', 'x = ' + '-' * 10000 + '1', 'x = ' + 'lambda: ' * 3000 + '1',
               'x = 1' + ' + 1' * 100000, 'x = ' + '(' * 150 + ')' * 150, 'x = ' + '(' * 250 + ')' * 250]:
    for mode in ['exec', 'single']:
        try:
            compile(source, '<deep>', mode)
            print('compiled')
        except BaseException as e:
            print(type(e).__name__, repr(e)[:80])
try:
    exec('y = ' + '-' * 10000 + '1')
except MemoryError as e:
    print('MemoryError', e.args)
