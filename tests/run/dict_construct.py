# dict(): every argument form, and dict comprehension / literal ordering.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(dict(), dict({1: 2}), dict([(1, 2), (3, 4)]), dict(a=1, b=2), dict({1: 2}, a=3), dict([(1, 2)], b=4))
print(dict(zip('abc', range(3))), dict(['xy', 'zw']), dict([[1, 2]]), dict(((1, 2),)), dict({}.items()))
print(dict({'a': 1}.items(), a=2), dict(dict(a=1)), dict(a=1, **{'b': 2}))
print(dict([(1, 'first'), (1, 'second')]), dict({1: 2}.keys() and [(5, 6)]))
check(lambda: dict(1))
check(lambda: dict([1]))
check(lambda: dict([(1, 2, 3)]))
check(lambda: dict([(1,)]))
check(lambda: dict(['abc']))
check(lambda: dict({}, {}))
check(lambda: dict([([], 1)]))
check(lambda: dict(None))
print({x: x * x for x in range(5)}, {c: i for i, c in enumerate('aba')})
print({1: 'a', 1.0: 'b', True: 'c'}, {'k': 1, **{'k': 2, 'j': 3}})
literal = {'z': 1, 'a': 2, 'm': 3}
print(literal, list(literal.keys()), list(literal.values()))
print(type(dict()).__name__, isinstance({}, dict), dict is type({}))
