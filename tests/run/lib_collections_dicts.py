# collections: defaultdict, OrderedDict, Counter, ChainMap.
from collections import defaultdict, OrderedDict, Counter, ChainMap
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- defaultdict
dd = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    dd[word[0]].append(word)
print(dd)
print(dd['z'], len(dd), 'z' in dd, dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), isinstance(counts, dict))
nf = defaultdict()
show('no factory', lambda: nf['x'])
print(repr(nf), nf.get('x'))
show('bad factory', lambda: defaultdict(3))
d2 = counts.copy()
d2['q'] += 5
print(type(d2).__name__, d2['q'], 'q' in counts)
print(copy.deepcopy(dd) == dd, copy.copy(counts))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']))
print(defaultdict(list, {'k': [1]}, x=[2]))
merged = defaultdict(int, a=1) | {'b': 2}
print(merged, type(merged).__name__)
print(defaultdict(lambda: 'v').__missing__('key'))


class Sub(defaultdict):
    pass
s = Sub(set)
s[1].add(2)
print(s)

# --- OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
show('popitem empty', lambda: OrderedDict().popitem())
show('move missing', lambda: OrderedDict().move_to_end('x'))
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(list(reversed(o1)), list(reversed(o1.items())), OrderedDict.fromkeys('abc', 0))
print(OrderedDict(), repr(OrderedDict(a=1)), o1.copy(), o1 | {'z': 3})
print('x' in o1.keys(), ('x', 1) in o1.items(), 2 in o1.values(), len(o1.keys()))
o1.setdefault('w', 9)
o1.update(v=8)
print(o1, o1.pop('w'), o1.get('nope', 'dflt'))
rec = OrderedDict(a=1)
rec['self'] = rec
print(rec)

# --- Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()))
c.update('zzz')
c.subtract({'a': 2, 'q': 1})
print(c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c3 - c2, c2 | c3, c2 & c3)
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
c4 = Counter(a=3)
c4 += Counter(a=-5, b=2)
print(c4)
c5 = Counter(x=2)
c5 -= Counter(x=1)
c5 |= Counter(y=4)
c5 &= Counter(x=1, y=2)
print(c5)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2),
      Counter(a=3) >= Counter(a=2, b=0), Counter() == {})
print(Counter(), Counter([1, 1, 2]), Counter({'x': 3, 'y': 3, 'w': 4}))
del c['a']
del c['missing']
print('a' in c)
show('fromkeys', lambda: Counter.fromkeys('ab'))
print(Counter('hello world').most_common(3), copy.copy(Counter('aab')), Counter('aab').copy())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
mixed = Counter({1: 2, 'a': 2})
print(mixed)

# --- ChainMap
base = {'color': 'red', 'user': 'guest'}
over = {'user': 'admin'}
cm = ChainMap(over, base)
print(cm, cm['user'], cm['color'], len(cm), list(cm), 'color' in cm, cm.get('nope', 0))
cm['new'] = 1
print(over, cm.maps[0] is over)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], len(child.maps))
del cm['new']
show('del missing', lambda: cm.__delitem__('color'))
show('getitem missing', lambda: cm['zzz'])
print(dict(cm), ChainMap(), ChainMap({}).maps, bool(ChainMap({})), cm.copy())
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}))
show('popitem', lambda: ChainMap({}).popitem())
print(cm.pop('user'), cm['user'])
