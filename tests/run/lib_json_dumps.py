import json
import enum
import collections

print(json.dumps({'a': [1, 2.5, None, True, {'b': 'é\U0001f600\x7f"\\\n'}], 3: 1e100,
                  1.5: float('inf'), None: (), False: {}}))
print(json.dumps({'a': [1, 2.5, None, True, {'b': 'é\U0001f600\x7f"\\\n\t\x01'}], 3: 1e100},
                 indent=2, ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [[], {}]}, sort_keys=True, indent='\t', separators=(',', ':')))
print(json.dumps([1, 2], indent=0))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps(set([1]), default=list))
print(json.dumps("\u2028\x00"), json.dumps('\ud800'), json.dumps('plain'))
print(json.dumps(True), json.dumps(None), json.dumps(-0.0), json.dumps(1e16), json.dumps(10**20))
print(json.dumps([0.1, 1/3, 1e-7, 123456789.125, float('-inf'), float('nan')]))
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps({1: 1, 'a': 2, (1,): 3}, skipkeys=True))
print(json.dumps({(1,): 3}, skipkeys=True, indent=2))


class Color(enum.IntEnum):
    RED = 1


print(json.dumps([Color.RED, {Color.RED: 2}]))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1j, {'z': 2 + 3j}], cls=ComplexEncoder))
print(ComplexEncoder(indent=1).encode({'k': 1j}))
print(list(json.JSONEncoder().iterencode([1, 'x'])) and ''.join(json.JSONEncoder().iterencode([1, 'x'])))


class Buffer:
    def __init__(self, text=''):
        self.parts = [text]

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return ''.join(self.parts)


out = Buffer()
json.dump({'a': [1]}, out, indent=1)
print(repr(out.read()))
print(json.load(Buffer('[2, {"x": null}]')))
data = {'users': [{'id': i, 'name': 'user%d' % i, 'tags': ['a', 'b'][:i % 3], 'score': i / 4}
                  for i in range(50)]}
text = json.dumps(data, sort_keys=True, indent=2)
print(len(text), json.loads(text) == data)
