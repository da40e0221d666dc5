import json

for doc in ['[1.5e3, -0, -0.0, 1E+2, 12345678901234567890, 0.5, -12]',
            '"a\\n\\t\\"\\/\\b\\f\\r\\\\"', '{"x": [true, false, null], "y": {}}',
            'NaN', '[-Infinity, Infinity]', '"\\ud83d\\ude00"', '"\\ud800"', '"\\ud834x"',
            '"\\u00e9\\u0041"', '{"a": 1, "a": 2}', '\t\n\r [ ]  ', ' {"k" : "v" , "n":[ 1 , 2 ] } ']:
    print(repr(json.loads(doc)))
print(json.loads('"\\uD834\\uDD1E"') == '\U0001d11e')
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda name: 'const:' + name))
print(json.loads(b'{"a": "\xc3\xa9"}'))
print(json.JSONDecoder().raw_decode('[1] xx'))
print(json.JSONDecoder().raw_decode('xx{"a": 1}', 2))
print(len(json.loads('[' * 100 + ']' * 100)))
print(json.loads('"\t"', strict=False) == '\t')
for value in [[], {}, '', 0, -1.25, [{'a': [None, 'x\u1234\U00010000']}], 'é\x00"\\']:
    assert json.loads(json.dumps(value)) == value, value
    assert json.loads(json.dumps(value, ensure_ascii=False)) == value, value
print('round trips ok')
