"""Comprehensions: each is a code object of its own, as in CPython 3.11."""

items = [1, 2, 3]
squares = [x * x for x in items]
evens = {x for x in items if x % 2 == 0}
pairs = {x: y for x in items for y in items if x != y}
nested = [[y for y in range(x)] for x in items]
flat = [y for x in items for y in range(x) if y if y > 0]
assigned = [y for x in items for y in [x * 2]]
gen = (x for x in items)


def in_function(data, k):
    scaled = [x * k for x in data]
    keyed = {k: v for k, v in enumerate(data)}
    walrus = [last := x for x in data]
    return scaled, keyed, walrus, last


class InClass:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    name = "c"
    named = [name for _ in range(2)]


def closure_in_comprehension(data):
    return [lambda: x for x in data]


def comprehension_cells(data):
    return [[x for _ in data] for x in data]
