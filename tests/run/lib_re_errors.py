import re

for bad in ['(a|b', 'a)b', '(?P<n>a)(?P=n', r'(?P<a>)\g', '(?<x)', '(?P', '(?P<>a)', '(?Px)', 'a{2}{3}', 'a??+', '[', '[]', '[^]', 'x(?(2)a|b)', '(?(a)b)', '(a)(?(1)b|c|d)', r'\8', r'[\8]', r'\400', '(?i-i:a)', '(?-:a)', '(?i', '(?x\n#c\n(', '(?L)a', r'(?<=(a)\1)b', '(',  ')', 'a**', '*a', '[a', r'\q', 'a{3,2}', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'(a)\2', '(?<=a+)b', '(?z)', 'x(?i)y', '[z-a]', r'\x1', '(?P=nope)', 'a|*', '(?#abc', '(?P<a', '\\']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
for bad in [lambda: re.compile('(?a)(?u)x'), lambda: re.compile('a{99999999999}'), lambda: re.compile('a', re.LOCALE)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
print(re.error('plain'), re.error('plain').pos)
