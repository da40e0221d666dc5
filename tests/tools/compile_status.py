"""Prints one line per file named on the command line: 'ok' when CPython compiles it, else the
exception type. Used to make sure a syntax-error case really is one before running it."""
import sys

for path in sys.argv[1:]:
    try:
        compile(open(path, 'rb').read(), path, 'exec')
        print('ok')
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
