"""CPython's symbol tables in the text form compiler/symtable-dump.ts prints.

    symtable_dump.py FILE...         the dump of each file, one after the other
    symtable_dump.py --code FILE...  one line per code object compile() makes of each file
    symtable_dump.py --stdlib        one JSON line per .py file of the standard library
                                     (site-packages excluded): the SHA-1 of its dump and its
                                     code object lines, or the SyntaxError compile() raises
                                     and whether the parser raised it

Each table prints its type, name, line, is_optimized(), is_nested() and has_children(); a
function table its get_parameters() (in order), get_locals(), get_globals(), get_nonlocals()
and get_frees() (sorted); then each symbol, sorted by name, with its scope, its raw flags and
the Symbol.is_*() predicates that hold; then its children in order.
"""
import ast
import hashlib
import inspect
import json
import os
import sys
import sysconfig
import symtable
import types
import warnings
import _symtable

DEF_COMP_ITER = 2 << 8  # not exported by _symtable
FLAGS = [
    (_symtable.DEF_GLOBAL, 'DEF_GLOBAL'), (_symtable.DEF_LOCAL, 'DEF_LOCAL'),
    (_symtable.DEF_PARAM, 'DEF_PARAM'), (_symtable.DEF_NONLOCAL, 'DEF_NONLOCAL'),
    (_symtable.USE, 'USE'), (_symtable.DEF_FREE_CLASS, 'DEF_FREE_CLASS'),
    (_symtable.DEF_IMPORT, 'DEF_IMPORT'), (_symtable.DEF_ANNOT, 'DEF_ANNOT'),
    (DEF_COMP_ITER, 'DEF_COMP_ITER'),
]
SCOPES = ['NONE', 'LOCAL', 'GLOBAL_EXPLICIT', 'GLOBAL_IMPLICIT', 'FREE', 'CELL']
PREDICATES = ['referenced', 'imported', 'parameter', 'global', 'declared_global', 'local',
              'annotated', 'free', 'assigned', 'namespace', 'nonlocal']


def names(idents, keep_order=False):
    return '[' + ' '.join(idents if keep_order else sorted(idents)) + ']'


def dump_table(table, indent, out):
    out.append(f'{indent}{table.get_type()} {table.get_name()} lineno={table.get_lineno()} '
               f'optimized={table.is_optimized()} nested={table.is_nested()} '
               f'children={table.has_children()}\n')
    inner = indent + '  '
    if isinstance(table, symtable.Function):
        out.append(f'{inner}params={names(table.get_parameters(), True)} '
                   f'locals={names(table.get_locals())} globals={names(table.get_globals())} '
                   f'nonlocals={names(table.get_nonlocals())} frees={names(table.get_frees())}\n')
    raw = table._table.symbols
    for name in sorted(table.get_identifiers()):
        symbol = table.lookup(name)
        flags = raw[name] & ((1 << _symtable.SCOPE_OFF) - 1)
        scope = (raw[name] >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flag_names = '|'.join(label for bit, label in FLAGS if flags & bit) or '0'
        holds = [p for p in PREDICATES if getattr(symbol, 'is_' + p)()]
        out.append(f'{inner}{name}: scope={SCOPES[scope]} flags={flag_names} is=[{" ".join(holds)}]\n')
    for child in table.get_children():
        dump_table(child, inner, out)


def dump(source, filename):
    out = []
    dump_table(symtable.symtable(source, filename, 'exec'), '', out)
    return ''.join(out)


CODE_FLAGS = ['OPTIMIZED', 'NEWLOCALS', 'VARARGS', 'VARKEYWORDS', 'NESTED', 'GENERATOR', 'NOFREE',
              'COROUTINE', 'ITERABLE_COROUTINE', 'ASYNC_GENERATOR']


def code_lines(code, parent, out):
    """Each code object: its path of names, flags, parameters, cell and free variables."""
    path = f'{parent}/{code.co_name}' if parent else code.co_name
    flags = '|'.join(name for i, name in enumerate(CODE_FLAGS) if code.co_flags & (1 << i)) or '0'
    nparams = (code.co_argcount + code.co_kwonlyargcount
               + bool(code.co_flags & inspect.CO_VARARGS) + bool(code.co_flags & inspect.CO_VARKEYWORDS))
    out.append(f'{path} flags={flags} params=[{" ".join(code.co_varnames[:nparams])}] '
               f'cells=[{" ".join(sorted(code.co_cellvars))}] frees=[{" ".join(code.co_freevars)}]\n')
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            code_lines(const, path, out)
    return out


def stdlib_files():
    root = sysconfig.get_paths()['stdlib']
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        for name in sorted(files):
            if name.endswith('.py'):
                yield os.path.join(folder, name)


def describe(path):
    source = open(path, 'rb').read()
    try:
        ast.parse(source, path)
    except (SyntaxError, ValueError) as e:
        return {'file': path, 'stage': 'parser', 'error': type(e).__name__}
    try:
        code = compile(source, path, 'exec')
    except SyntaxError as e:
        return {'file': path, 'stage': 'compile', 'error': 'SyntaxError', 'msg': e.msg,
                'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    text = dump(source, path)
    return {'file': path, 'dump': hashlib.sha1(text.encode('utf-8')).hexdigest(),
            'code': ''.join(code_lines(code, '', []))}


def main(args):
    if args == ['--stdlib']:
        warnings.simplefilter('ignore')  # compile()'s SyntaxWarnings are not ours to report
        for path in stdlib_files():
            sys.stdout.write(json.dumps(describe(path)) + '\n')
        return
    if args[:1] == ['--code']:
        for path in args[1:]:
            sys.stdout.write(''.join(code_lines(compile(open(path, 'rb').read(), path, 'exec'), '', [])))
        return
    for path in args:
        sys.stdout.write(dump(open(path, 'rb').read(), path))


main(sys.argv[1:])
