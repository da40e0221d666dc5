"""Prints, as JSON, CPython's ast.dump of each file named on the command line: plain and with
positions, or the SyntaxError it raises. Used to generate and check the parser's expectations."""
import ast
import json
import sys


def describe(path):
    source = open(path, 'rb').read()
    try:
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError) as e:
        return {'file': path, 'error': type(e).__name__}
    return {
        'file': path,
        'dump': ast.dump(tree),
        'positions': ast.dump(tree, include_attributes=True),
    }


json.dump([describe(p) for p in sys.argv[1:]], sys.stdout)
