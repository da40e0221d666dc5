# Many bytes operations on pseudo-random byte strings (a fixed LCG, so every run is the same).

state = 987
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

alphabet = [b'a', b'b', b' ', b'ab', b'\t', b'\xe9', b'\x00', b'Z', b'\n', b'\r', b'\x0b', b'.', b'\xff']
def rbytes(maxlen):
    return b''.join(alphabet[rand(len(alphabet))] for _ in range(rand(maxlen + 1)))

lines = []
for round in range(400):
    s = rbytes(14)
    sub = rbytes(3)
    rep = rbytes(2)
    start = rand(20) - 10
    end = rand(20) - 5
    step = rand(7) - 3 or 1
    out = [
        s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, start, end), s.count(rand(256)), s.find(97),
        s.startswith(sub, start), s.endswith(sub, start, end), sub in s, 98 in s,
        s.split(), s.rsplit(None, rand(3)), s.split(sub or None, rand(4) - 1), s.rsplit(sub or b'a', rand(3)),
        s.replace(sub, rep), s.replace(sub, rep, rand(3)), s.strip(), s.strip(sub), s.lstrip(rep), s.rstrip(sub + rep),
        s[start:end], s[start:end:step], s[::step], list(s[start::-1]),
        s.partition(sub or b'b'), s.rpartition(sub or b'b'), s.splitlines(), s.splitlines(True),
        s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.hex(), s.hex(':', rand(5) - 2),
        s.center(rand(20), b'*'), s.zfill(rand(18)), s.expandtabs(rand(5)),
        s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isalnum(),
        s < sub, s == sub + rep, s.decode('latin-1'), s.decode('utf-8', 'replace'), s.decode('ascii', 'ignore'),
        sub.join(s.split()), (s * rand(3))[:20], hash(s) == hash(bytes(list(s))), bytes.fromhex(s.hex()) == s,
    ]
    lines.append(ascii(out))
print(len(lines))
for l in lines[:40]:
    print(l)
h = 0
for l in lines:
    for c in l:
        h = (h * 31 + ord(c)) % 1000000007
print(h)
