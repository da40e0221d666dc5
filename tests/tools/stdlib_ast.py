"""For every .py file of this python3's standard library (site-packages excluded), prints one
JSON line: the file, and either the SHA-1 of ast.dump(tree) and of
ast.dump(tree, include_attributes=True), or the SyntaxError CPython raises."""
import ast
import hashlib
import json
import os
import sys
import sysconfig


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        for name in sorted(names):
            if name.endswith('.py'):
                yield os.path.join(folder, name)


def sha1(text):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()


def describe(path):
    source = open(path, 'rb').read()
    try:
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError) as e:
        return {'file': path, 'error': type(e).__name__,
                'lineno': getattr(e, 'lineno', None), 'offset': getattr(e, 'offset', None)}
    return {'file': path, 'dump': sha1(ast.dump(tree)),
            'positions': sha1(ast.dump(tree, include_attributes=True))}


for path in stdlib_files():
    sys.stdout.write(json.dumps(describe(path)) + '\n')
