# str natives that call back into Python keep their partial results alive across collections:
# the generators below allocate enough to make the collector run in the middle of a join, a
# bytes() and a translate.

def pieces(n):
    for i in range(n):
        junk = ['y' * 1000 for _ in range(200)]
        yield str(i) + 'x' * (i % 7) + junk[i % 200][:1]

joined = '-'.join(pieces(300))
print(len(joined), joined[:40], joined[-20:], joined.count('-'))

def byte_values(n):
    for i in range(n):
        junk = [bytes(1000) for _ in range(100)]
        yield (i * 7 + len(junk)) % 256

b = bytes(byte_values(500))
print(len(b), b[:10], sum(b))

table = {}
for i in range(300):
    table[ord('a') + i % 26] = chr(0x400 + i % 50) * (i % 3)
text = 'the quick brown fox jumps over the lazy dog ' * 2000
out = text.translate(table)
print(len(out), out[:30], ascii(out[-10:]))

parts = ['%s=%r' % (k, [v] * 50) for k, v in zip('abcdefghij' * 30, range(300))]
print(len(parts), parts[5][:30], len(' '.join(parts)))
print('{0}{1:{2}}'.format('x' * 100000, 'y', 10**5).count('y'), len('{:>{}}'.format('z', 300000)))
