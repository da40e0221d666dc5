# Many str operations on pseudo-random strings (a fixed LCG, so every run is the same) mixing
# ASCII, Latin-1, BMP and astral characters: search, split, replace, strip, slices, case.

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

alphabet = ['a', 'b', ' ', 'ab', '\t', 'é', 'ß', '€', '😀', 'Σ', 'x', '\n', 'İ', '.']
def rstr(maxlen):
    return ''.join(alphabet[rand(len(alphabet))] for _ in range(rand(maxlen + 1)))

checks = 0
lines = []
for round in range(400):
    s = rstr(14)
    sub = rstr(3)
    rep = rstr(2)
    start = rand(20) - 10
    end = rand(20) - 5
    step = rand(7) - 3 or 1
    out = [
        s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, start, end), s.rfind(sub, start), s.count(sub, start, end),
        s.startswith(sub, start), s.endswith(sub, start, end), sub in s,
        s.split(), s.rsplit(None, rand(3)), s.split(sub or None, rand(4) - 1), s.rsplit(sub or 'a', rand(3)),
        s.replace(sub, rep), s.replace(sub, rep, rand(3)), s.strip(), s.strip(sub), s.lstrip(rep), s.rstrip(sub + rep),
        s[start:end], s[start:end:step], s[::step], s[start::-1],
        s.partition(sub or 'b'), s.rpartition(sub or 'b'), s.splitlines(), s.splitlines(True),
        s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize(),
        s.center(rand(20), '*'), s.zfill(rand(18)), s.expandtabs(rand(5)),
        s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isprintable(),
        s < sub, s == sub + rep, len(s.encode()), s.encode('ascii', 'replace'), s.encode('latin-1', 'ignore'),
        sub.join(s.split()), (s * rand(3))[:20], repr(s), ascii(s),
    ]
    checks += len(out)
    lines.append(ascii(out))
print(checks)
print(len(lines), sum(len(l) for l in lines))
for l in lines[:60]:
    print(l)
h = 0
for l in lines:
    for c in l:
        h = (h * 31 + ord(c)) % 1000000007
print(h)
