# del of names, items, attributes; comprehension scopes; class-less globals.
x = 10
del x
try:
    x
except NameError as e:
    print(e)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
items = [0, 1, 2, 3, 4, 5]
del items[1]
del items[-1]
print(items)


def local_unbound():
    if False:
        v = 1
    return v


try:
    local_unbound()
except UnboundLocalError as e:
    print(e)


def comprehension_scope():
    i = 'outer'
    squares = [i * i for i in range(4)]
    return i, squares, {k: v for k, v in zip('ab', 'cd')}, {c for c in 'hello'} == set('helo')


print(comprehension_scope())
gen = (n * 2 for n in range(4))
print(list(gen), list(gen))
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
