"""Reads a JSON list of expressions on stdin; prints, as JSON, for each: whether CPython 3.11
folds it to a constant at compile time, and if so that constant in a canonical text form (a
tag letter and the repr of the value; complex numbers as their two parts; tuples item by item)."""
import dis
import json
import sys
import warnings


def canonical(v):
    if isinstance(v, complex):
        return 'c' + repr(v.real) + ',' + repr(v.imag)
    if isinstance(v, tuple):
        return '(' + ','.join(canonical(x) for x in v) + ')'
    return type(v).__name__[0] + repr(v)


warnings.simplefilter('ignore')
results = []
for source in json.load(sys.stdin):
    instrs = list(dis.get_instructions(compile(source, '<fold>', 'eval')))
    folded = [i.opname for i in instrs] == ['RESUME', 'LOAD_CONST', 'RETURN_VALUE']
    results.append({'folded': folded, 'value': canonical(instrs[1].argval) if folded else None})
json.dump(results, sys.stdout)
