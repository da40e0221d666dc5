"""For each file named on the command line (or, with --stdlib, each .py file of python3's
standard library), prints one JSON line: the file, and what CPython 3.11 puts in its code
objects where our compiler must agree — the module's code object first, then each code object
among the constants of the one before (depth first, in co_consts order) — or the error CPython
raises compiling it."""
import json
import os
import sys
import sysconfig
import types

CO_OPTIMIZED = 0x1
ANONYMOUS = {'<lambda>', '<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>'}


def docstring(code):
    """A def's co_consts[0] is its docstring, or None (the function's __doc__)."""
    if code.co_flags & CO_OPTIMIZED and code.co_name not in ANONYMOUS:
        first = code.co_consts[0] if code.co_consts else None
        if isinstance(first, str):
            return first
    return None


def describe(code, out):
    out.append({
        'name': code.co_name,
        'qualname': code.co_qualname,
        'firstlineno': code.co_firstlineno,
        'argcount': code.co_argcount,
        'posonlyargcount': code.co_posonlyargcount,
        'kwonlyargcount': code.co_kwonlyargcount,
        'flags': code.co_flags,
        'varnames': list(code.co_varnames),
        'cellvars': list(code.co_cellvars),
        'freevars': list(code.co_freevars),
        'doc': docstring(code),
    })
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            describe(const, out)


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        for name in sorted(names):
            if name.endswith('.py'):
                yield os.path.join(folder, name)


def main(args):
    files = stdlib_files() if args == ['--stdlib'] else args
    for path in files:
        try:
            out = []
            describe(compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True), out)
            result = {'file': path, 'code': out}
        except (SyntaxError, ValueError) as e:
            result = {'file': path, 'error': type(e).__name__}
        sys.stdout.write(json.dumps(result) + '\n')


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    main(sys.argv[1:])
