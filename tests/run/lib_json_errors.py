import json

for doc in ['', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\x"',
            '"\\u12"', '"\\u12x4"', '"\\ud800\\uzzzz"', '[1] x', 'nul', '-', '01', '1.', '1e',
            '{"a":}', '[', '{', '  \n  [1,\n  x]', '"\\u1234', '{"a"', '{"a":1', '"\\', '\ufeff[]',
            '"\t"', '[1,\n2,\n]']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.msg, repr(e.doc), isinstance(e, ValueError), e.args)
try:
    json.dumps([1, {2: object()}])
except TypeError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({float('inf'): 1}, allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print(e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
d = {}
d['self'] = [d]
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print(e)


class Node:
    pass


n = Node()
try:
    json.dumps(n, default=lambda o: [o])
except ValueError as e:
    print(e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print('as ValueError:', e)
json.loads('{"a": 1} trailing')
