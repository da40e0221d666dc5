# str basics: indexing, slicing, concatenation, repetition, comparison, membership, iteration,
# repr, the constructor, chr/ord/ascii.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'hello, world'
w = 'żółw ⟨μ⟩ 😀!'
print(len(s), len(w), len(''), len('😀'))
print(s[0], s[-1], s[4], w[0], w[-2], w[9])
show(lambda: s[12])
show(lambda: s[-13])
show(lambda: s[1.0])
show(lambda: s['x'])
show(lambda: s[True])

# slices
print(s[2:5], s[:5], s[7:], s[:], s[-5:], s[:-7], s[::2], s[1::3], s[::-1], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], s[::-3], s[10:2:-2])
print(w[::-1], w[2:6], w[::2], w[8:10], repr(w[9:10]), repr(w[11:]))
print(s[slice(1, 4)], s[slice(None, None, -1)], s[slice(2)])
show(lambda: s[::0])
show(lambda: s[1.5:])
show(lambda: s[:'x'])
wide = 'aé€😀'
print(ascii(wide[0:3]), ascii(wide[1:3]), ascii(wide[2:]), ascii(wide[:1]), ascii(wide[::3]))
print(wide[0:1] == 'a', wide[1:2] == 'é', wide[2:3] == '€', hash(wide[0:1]) == hash('a'))

# concatenation and repetition
print('ab' + 'cd', 'a' + '', '' + 'b', 'é' + 'a', 'a' + '😀' + 'é')
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, repr('' * 5), 'é' * 2, '😀' * 3, 'x' * True)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: 'a' + None)
show(lambda: 'a' * 2.0)
show(lambda: 2.0 * 'a')
show(lambda: 'a' * 'b')
show(lambda: 'x' * (2**40))
t = 'a'
t += 'b'
t *= 2
print(t)

# comparison
print('a' < 'b', 'a' < 'ab', 'abc' < 'abd', 'b' > 'abc', 'a' <= 'a', 'é' > 'z', '😀' > '€', '€' > 'é')
print('abc' == 'abc', 'abc' != 'abd', 'a' == 'a' * 1, 'é' == 'e', [] == 'a', 'a' == 1)
print(sorted(['b', 'a', 'é', 'Z', '😀', '€', 'ab', '']))
show(lambda: 'a' < 1)
show(lambda: 1 >= 'a')

# membership
print('ell' in s, 'xyz' in s, '' in s, '' in '', 'ó' in w, '😀' in w, 'w ⟨' in w, '😀!' in w, 'é' in s)
show(lambda: 1 in 'abc')
show(lambda: None in 'abc')

# iteration
print(list('abc'), list(w), [c for c in 'é€'], list(''))
for ch in 'hé😀':
    print(ch, ord(ch), end='; ')
print()

# hash
print(hash('abc') == hash('ab' + 'c'), hash('é') == hash('é'[0]), hash('') == hash(''))
d = {'a': 1, 'é': 2, '😀': 3}
print(d['a'], d['é'], d['😀'], d['x' * 0 + 'a'])

# repr
print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('back\\slash'))
print(repr('\t\n\r\x00\x07\x1f\x7f\x80\x9f\xa0\xad\xff'))
print(repr('é€😀\u200b\u2028\ud800\U000e0001\U0010ffff\U0001f9ff\u0378'))
print(repr(''), str('x'), str(), repr(str()))
print(ascii('aé€😀\n'), ascii(['é']), ascii("'"))

# the constructor
print(str(123), str(1.5), str(None), str([1, 'a']), str(b'ab'), str('x'), str(object='y'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'))
print(str(b'\xe9', 'latin-1'), repr(str(encoding='utf-8')), str(b'a', errors='strict'))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(x=1))
show(lambda: str(1, 'utf-8'))
show(lambda: str('abc', 'utf-8'))
show(lambda: str(b'abc', 1))
show(lambda: str(b'abc', 'utf-8', 1))
show(lambda: str(b'\xff', 'ascii'))
show(lambda: str(b'\xff', 'nope'))
print(type(str(5)), type(str()), str.__name__)

# chr, ord, ascii
print(chr(65), chr(233), chr(0x20ac), chr(0x1f600), repr(chr(0)), chr(True), ord('A'), ord('€'), ord('😀'), ord(b'a'))
show(lambda: chr())
show(lambda: chr(1, 2))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(2**40))
show(lambda: chr(1.5))
show(lambda: chr('a'))
show(lambda: ord())
show(lambda: ord('ab'))
show(lambda: ord(''))
show(lambda: ord(b'ab'))
show(lambda: ord(1))
show(lambda: ascii())
