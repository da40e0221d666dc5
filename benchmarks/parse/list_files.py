"""Writes to argv[1] the .py files of python3's standard library (site-packages excluded) that
this CPython parses, one path a line: the input of the parse benchmark."""
import ast
import os
import sys
import sysconfig

root = sysconfig.get_paths()['stdlib']
paths = []
for folder, dirs, names in os.walk(root):
    dirs[:] = sorted(d for d in dirs if d != 'site-packages')
    for name in sorted(names):
        if name.endswith('.py'):
            path = os.path.join(folder, name)
            try:
                ast.parse(open(path, 'rb').read(), path)
            except (SyntaxError, ValueError):
                continue
            paths.append(path)
open(sys.argv[1], 'w').write('\n'.join(paths) + '\n')
