import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.flags, p.groups, p.findall(b'a=1 bb=22 \xe9=3'), p.search(b'x y=7'))
m = p.match(b'key=42')
print(m.group(), m.group(1, 2), m.groups(), m.span(2), m.string, m.expand(rb'\2:\1'))
print(re.sub(rb'\d', b'#', b'a1b22'), re.sub(rb'(a)', rb'[\1]', b'banana'), re.subn(b'a', lambda m: b'A', b'aaa'))
print(re.split(rb'\s*,\s*', b'a , b,c'), re.split(rb'(,)', b'x,y'), re.findall(rb'[a-c]+', b'abcxcba'))
print(re.match(rb'\xe9', b'\xc9', re.I), re.match(rb'abc', b'ABC', re.I), re.match(rb'[a-z]+', b'ABC', re.I), re.match(rb'[\xe0-\xef]', b'\xc9', re.I))
print(re.match(rb'\w+', b'caf\xe9'), re.match(rb'\s+', b' \t\x85'), re.match(rb'\d+', b'12\xb2'), re.findall(rb'\b\w', b'ab cd'))
print(re.escape(b'a.b*c'), re.compile(b'a', re.I), re.compile(b'(?L)a'), re.compile(b'(?i)a').flags)
print(re.fullmatch(rb'[\x00-\xff]*', bytes(range(256))) is not None, re.match(rb'(a)(b)?', b'a').groups(b'-'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S), list(re.finditer(rb'x*', b'axb')))
for bad in [lambda: re.compile(b'a', re.U), lambda: re.compile(b'(?u)a'), lambda: re.compile(rb'\u1234'),
            lambda: re.compile(b'a').match('a'), lambda: re.compile('a').match(b'a'), lambda: re.sub(b'a', 'x', b'a'),
            lambda: re.sub(b'a', lambda m: 'x', b'a'), lambda: re.compile(b'a', re.A | re.L), lambda: re.compile(b'(a'),
            lambda: re.compile(b'a').search(5)]:
    try:
        print('ok', bad())
    except re.error as e:
        print('error', e, e.pattern)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
