# str methods: searching, splitting, joining, stripping, replacing, padding, affixes,
# partition, splitlines, expandtabs, translate. Wide (non-Latin-1) strings alongside ASCII.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'abracadabra'
w = 'αβγαβγ😀αβ'

# find, rfind, index, rindex, count
print(s.find('a'), s.find('bra'), s.find('bra', 2), s.find('bra', 2, 10), s.find('z'), s.find(''), s.find('', 11), s.find('', 12))
print(s.rfind('a'), s.rfind('bra'), s.rfind('bra', 0, 10), s.rfind(''), s.rfind('abra', -4), s.find('a', -3), s.find('a', -100, -8))
print(s.find('a', None, None), s.find('c', True), s.find('r', 2, None), s.rfind('a', None, -1))
print(w.find('γ'), w.find('😀'), w.find('αβ', 4), w.rfind('αβ'), w.find('a'), w.find('😀α'), w.find('γαβγ'), w.count('αβ'))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
show(lambda: s.index('z'))
show(lambda: s.rindex('z'))
show(lambda: s.index('a', 11))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 3), s.count('a', 3, 8), ''.count(''), s.count('', 20), 'aaaa'.count('aa'))
show(lambda: s.find())
show(lambda: s.find(1))
show(lambda: s.find('a', 'b'))
show(lambda: s.find('a', 1, 2, 3))
show(lambda: s.find('a', start=1))
show(lambda: s.count(None))

# startswith, endswith
print(s.startswith('abra'), s.startswith('bra'), s.startswith('bra', 1), s.startswith(''), s.startswith('', 11), s.startswith('', 12))
print(s.endswith('bra'), s.endswith('abr'), s.endswith('abr', 0, 10), s.endswith(('x', 'ra')), s.startswith(('x', 'y')), s.startswith(()))
print(w.startswith('αβγ'), w.endswith('😀αβ'), w.endswith('β', 0, 2), 'a'.startswith('ab'), s.startswith('a', -1), s.endswith('a', -1))
print(s.startswith(('a', 1)))
show(lambda: s.startswith(('b', 1)))
show(lambda: s.endswith((1,)))
show(lambda: s.startswith(1))
show(lambda: s.endswith(['a']))
show(lambda: s.startswith())

# split, rsplit
print('a b  c\t\nd '.split(), '  '.split(), ''.split(), 'a,b,,c,'.split(','), ''.split(','), 'abc'.split('abc'))
print('a b c d'.split(None, 2), 'a b c d'.split(' ', 1), 'a b c d'.rsplit(None, 2), 'a b c d'.rsplit(' ', 1))
print('  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1), '  a  b  '.split(None, 0), '  a  b  '.rsplit(None, 0))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), '----'.split('--'), 'x'.split('x'), 'a b'.split(maxsplit=-5))
print('a\u2003b\u3000c\x1cd\x85e\xa0f'.split(), 'αβ γδ'.split(), 'α😀β😀'.split('😀'), 'a😀b'.split('b'))
print('a b c'.split(sep=None, maxsplit=1), 'a,b,c'.rsplit(sep=',', maxsplit=1), 'a b'.split(maxsplit=0))
show(lambda: 'a'.split(''))
show(lambda: 'a'.rsplit(''))
show(lambda: 'a'.split(1))
show(lambda: 'a'.split(None, 'x'))
show(lambda: 'a'.split(None, 1.5))
show(lambda: 'a'.split(' ', 1, 2))
show(lambda: 'a'.split(x=1))
show(lambda: 'a'.split(' ', sep=' '))
show(lambda: 'a'.split(sep=' ', maxsplit=1, x=2))

# splitlines
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(text.splitlines())
print(text.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines(), 'x'.splitlines(1))
show(lambda: 'a'.splitlines(1, 2))
show(lambda: 'a'.splitlines(x=1))
show(lambda: 'a'.splitlines(1.5))

# partition, rpartition
print(s.partition('bra'), s.rpartition('bra'), s.partition('z'), s.rpartition('z'), w.partition('😀'), 'a'.partition('a'))
show(lambda: s.partition(''))
show(lambda: s.rpartition(1))
show(lambda: s.partition())

# join
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '😀'.join('abc'), 'é'.join(['a', '€']), '-'.join(iter(['p', 'q'])))
print('.'.join(c for c in 'xyz'), '+'.join({'k': 1}), ''.join(['a' * 3, 'b' * 2]), ' '.join(['α', 'β']))
show(lambda: '-'.join(['a', 1]))
show(lambda: '-'.join(['a', 'b', None]))
show(lambda: '-'.join(5))
show(lambda: '-'.join())
show(lambda: '-'.join(['a'], ['b']))
show(lambda: '-'.join(x=1))

# strip
print(repr('  a b \t\n'.strip()), repr('  a '.lstrip()), repr('  a '.rstrip()), repr('xxaxx'.strip('x')), repr('abcba'.strip('ab')))
print(repr('\u3000a\x85'.strip()), repr('😀a😀'.strip('😀')), repr('aaa'.strip('a')), repr(''.strip()), repr('ab'.strip('')), repr(' a '.strip(None)))
print(repr('abc'.lstrip('cba')), repr('abcx'.rstrip('xc')), repr('αβα'.strip('α')))
show(lambda: 'a'.strip(1))
show(lambda: 'a'.lstrip(1))
show(lambda: 'a'.rstrip('a', 'b'))
show(lambda: 'a'.strip(chars='a'))

# replace
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('bra', ''), s.replace('', '-'), s.replace('', '-', 3), s.replace('z', 'y'))
print('aaa'.replace('a', 'aa'), 'aaa'.replace('aa', 'b'), w.replace('αβ', 'ab'), w.replace('😀', ''), 'ab'.replace('b', '😀'), 'a'.replace('a', 'a', -1))
print('x😀y'.replace('😀', 'é') == 'xéy', ascii('x😀y'.replace('😀', 'é')), ascii('€a€'.replace('€', '')), ascii(''.replace('', 'é')))
show(lambda: s.replace('a'))
show(lambda: s.replace(1, 'a'))
show(lambda: s.replace('a', 1))
show(lambda: s.replace('a', 'b', 'c'))
show(lambda: s.replace('a', 'b', 1, 2))
show(lambda: s.replace('a', 'b', count=1))

# center, ljust, rjust, zfill
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6, '*')), repr('ab'.center(1)), repr('a'.center(4, '😀')))
print(repr('ab'.ljust(5)), repr('ab'.ljust(5, '-')), repr('ab'.rjust(5)), repr('ab'.rjust(5, 'é')), repr('ab'.rjust(-1)), repr('é'.ljust(3, 'x')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(2), 'abc'.zfill(6), ''.zfill(3), '-'.zfill(3), '😀'.zfill(3))
show(lambda: 'a'.center())
show(lambda: 'a'.center(5, 'ab'))
show(lambda: 'a'.center(5, 1))
show(lambda: 'a'.ljust(5, ''))
show(lambda: 'a'.rjust('5'))
show(lambda: 'a'.center(5, fillchar='x'))
show(lambda: 'a'.zfill())
show(lambda: 'a'.zfill(1.5))

# removeprefix, removesuffix
print(s.removeprefix('abra'), s.removeprefix('bra'), s.removesuffix('abra'), s.removesuffix(''), repr(s.removeprefix(s)), w.removesuffix('😀αβ'))
show(lambda: s.removeprefix(1))
show(lambda: s.removesuffix())

# expandtabs
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc\n\td'.expandtabs(3)), repr('\t'.expandtabs(0)), repr('x\ty'.expandtabs(-1)))
print(repr('αβ\tγ'.expandtabs(4)), repr('a\r\tb'.expandtabs(4)), repr('abc'.expandtabs(tabsize=2)), repr('a\tb'.expandtabs(tabsize=1)))
show(lambda: 'a'.expandtabs('x'))
show(lambda: 'a'.expandtabs(2**40))
show(lambda: 'a'.expandtabs(1, 2))

# maketrans, translate
table = str.maketrans('abc', 'xyz')
print(sorted(table.items()), 'aabbcc'.translate(table), s.translate(str.maketrans('a', 'A', 'b')))
print(sorted(str.maketrans({'a': 'b', 98: None, 'é': 233}).items()), 'abcé'.translate({97: 'AA', 98: None, 99: 0x1f600}))
print('abc'.translate({}), 'abc'.translate([ord('q')] * 100), 'hello'.translate(str.maketrans('', '', 'l')))
show(lambda: 'a'.translate({97: 1.5}))
show(lambda: 'a'.translate({97: 0x110000}))
show(lambda: 'a'.translate({97: -1}))
show(lambda: 'a'.translate(1))
show(lambda: str.maketrans())
show(lambda: str.maketrans('ab'))
show(lambda: str.maketrans({'ab': 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans(1, 'c'))
show(lambda: str.maketrans('a', 1))
show(lambda: str.maketrans('a', 'c', 1))
show(lambda: str.maketrans('a', 'b', 'c', 'd'))

# methods through the type, and on subclass instances
print(str.upper('abc'), str.split('a b'), str.join('-', 'ab'), type(str.strip(' a ')))
