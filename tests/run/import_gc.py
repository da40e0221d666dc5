# Imports, exec, eval, compile and files while the collector runs (many allocations).
import sys

import pkgs.heavy
print(pkgs.heavy.total)

for round in range(30):
    for name in [n for n in sys.modules if n.startswith('pkgs.')]:
        del sys.modules[name]
    import pkgs.heavy
    namespace = {}
    exec(compile('squares = [i * i for i in range(2000)]', '<loop>', 'exec'), namespace)
    assert eval('sum(squares)', namespace) == sum(i * i for i in range(2000))
    garbage = [{'k' + str(i): [i] * 10} for i in range(3000)]
print(pkgs.heavy.total, pkgs.heavy.simple.value, sorted(n for n in sys.modules if n.startswith('pkgs.')))

path = '/tmp/wasmpy-import-gc-test.txt'
for round in range(20):
    with open(path, 'w') as f:
        for i in range(300):
            f.write('line %d %s\n' % (i, 'x' * (i % 50)))
    with open(path) as f:
        lines = [line.split() for line in f]
    garbage = [str(i) * 20 for i in range(5000)]
print(len(lines), lines[-1][:2])
print(dir(pkgs.heavy)[-4:], len(vars(pkgs.heavy)))
