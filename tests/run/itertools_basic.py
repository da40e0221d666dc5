from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest, product, combinations, combinations_with_replacement, permutations, groupby, tee
import itertools
import operator
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(5, 2)), repr(count()), repr(count(1, 1.0)))
c = count(2**47 - 2); print(next(c), next(c), next(c), next(c))
print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), repr(repeat(1, 2)), repr(repeat(1)), list(repeat(1, -3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=100)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise('abcd')), list(pairwise('a')), list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), len(list(permutations(range(5)))))
print([(k, list(g)) for k, g in groupby('aaabbcdd')], [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x // 2)])
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = tee(iter(range(100))); print(list(islice(a, 3)), list(b)[:5], list(a)[-2:])
t = tee('abc', 3); print([list(x) for x in t], type(t[0]).__name__, tee([], 0))
x, _ = tee([1, 2]); y = x.__copy__(); print(list(x), list(y))
class MyChain(chain): pass
print(list(MyChain([1], [2])), type(MyChain()).__name__)
for f in [lambda: count('a'), lambda: cycle(), lambda: repeat(), lambda: repeat(1, 1.5), lambda: accumulate(), lambda: chain(x=1),
          lambda: next(chain(1)), lambda: chain.from_iterable(), lambda: compress([1]), lambda: dropwhile(1), lambda: islice([1]),
          lambda: islice([1], -1), lambda: islice([1], 1, -1), lambda: islice([1], 1, 2, 0), lambda: islice([1], 'a'),
          lambda: pairwise(), lambda: zip_longest(x=1), lambda: product(1), lambda: product([1], x=1), lambda: product([1], repeat=-1),
          lambda: combinations([1]), lambda: combinations([1], -1), lambda: permutations(), lambda: groupby(), lambda: tee(), lambda: tee([1], -1),
          lambda: list(starmap(pow, [1]))]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

# Long runs that allocate: the collector must keep the iterators' state alive.
print(sum(1 for _ in product(range(30), repeat=3)), sum(len(c) for c in combinations(range(20), 4)))
print(sum(p[0] for p in permutations(range(7))), len(list(combinations_with_replacement(range(12), 4))))
print(sum(len(list(g)) for k, g in groupby(range(20000), key=lambda x: str(x // 7))))
a, b, c = tee((str(i) for i in range(5000)), 3)
print(len(list(a)), sum(map(len, b)), list(islice(c, 4990, None)))
print(sum(x for x, y in zip_longest(range(10000), 'ab', fillvalue='z')), list(accumulate(str(i) for i in range(6))))
print(sum(islice(filterfalse(lambda v: v % 3, starmap(lambda x, y: x * y, zip(range(9000), count(1)))), 100, 200)))
print(list(islice(chain.from_iterable(repeat([i, -i], 2) for i in count()), 10)), list(islice(cycle(str(i) for i in range(3)), 8)))

# Extension types: messages name them "module.name", __name__ is the short name.
try:
    itertools.count() < 1
except TypeError as e:
    print(e)
print(itertools.count.__name__, itertools.count.__qualname__, itertools.count.__module__, itertools.count)
