# Comprehensions are function scopes; the first iterable belongs to the enclosing scope.
data = [[1, 2], [3, 4]]
flat = [x for row in data for x in row]
pairs = {(a, b) for a in range(3) if a for b in range(a) if b}
lookup = {key: value for key, value in enumerate(data)}
lazy = (y for y in data if y)
nested = [[z for z in row] for row in data]
dict_value_first = {k: v for (k, v) in [(1, 2)]}
targets = [first for first, *rest in data]
attribute_target = [obj for obj.attr in data]
subscript_target = [i for data[i] in range(2)]


def in_function(items):
    total = 0
    squares = [n * n for n in items]
    uses_outer = [total + n for n in items]
    return squares, uses_outer


def walrus_in_function(items):
    # The target of := in a comprehension binds in the enclosing function.
    [last := item for item in items]
    [[deep := j for j in row] for row in items]
    return last, deep


def walrus_global(items):
    global found
    [found := item for item in items if item]


[module_walrus := n for n in range(3)]


def closure_in_comprehension(items):
    return [lambda: item for item in items]


def genexp_outer(items):
    factor = 2
    return sum(x * factor for x in items)


class InClass:
    values = [1, 2, 3]
    # The first iterable sees class names; the rest of the comprehension does not.
    doubled = [v * 2 for v in values]
    products = [v * w for v in values for w in values]


listcomp = "a name that matches a comprehension table"
[listcomp for _ in range(1)]
