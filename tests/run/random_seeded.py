import random
random.seed(42)
print([random.random() for _ in range(3)])
print(random.getrandbits(5), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print([random.randrange(10) for _ in range(10)], random.randrange(5, 100, 7), random.randrange(-10, 10), random.randrange(10, 0, -3))
print([random.randint(1, 6) for _ in range(10)], random.randint(-(10**30), 10**30))
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
print(random.choices(range(10), cum_weights=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], k=3))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 3), random.sample(['a', 'b'], k=3, counts=[2, 3]))
print(random.uniform(1, 10), random.uniform(2.5, -1), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(10, 0.5))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
print(random.gammavariate(2.5, 1.5), random.gammavariate(1.0, 2.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(5))
for seed in [0, 1, -1, 2**32, 2**64 + 5, 10**50, 'hello', b'bytes', '', 3.5, -2.25, True]:
    random.seed(seed); print(seed, random.random(), random.randrange(1000))
random.seed('abc', version=1); print(random.random())
s = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(s); b = [random.random() for _ in range(3)]; print(a == b, len(s[1]), s[0])
r1 = random.Random(7); r2 = random.Random(7); print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3); print(m.random(), m.uniform(0, 10), m.randrange(100), m.choice('abcd'))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits().randrange(10), isinstance(m, random.Random), type(m).__name__, random.Random.__name__)
random.seed(5); [random.random() for _ in range(1000)]; print(random.random(), random.getrandbits(70))
x = random.Random(); x.seed(9); print(x.gauss(), x.gauss_next is not None, x.gauss(), x.gauss_next)
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 5, 0),
          lambda: random.sample([1, 2], 3), lambda: random.sample({1: 2}, 1), lambda: random.getrandbits(-1), lambda: random.seed([1]),
          lambda: random.choices('ab', [1]), lambda: random.choices('ab', 3), lambda: random.gammavariate(-1, 1),
          lambda: random.setstate((2, 1, 2))]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

r = random.SystemRandom()
print(type(r).__name__, isinstance(r, random.Random), r.seed(5))
x = r.random(); print(0 <= x < 1, 0 <= r.randrange(10) < 10, r.getrandbits(70) < 2**70, len(r.sample(range(100), 5)), r.choice('ab') in 'ab')
print(0 <= r.uniform(1, 2) <= 2, isinstance(r.gauss(), float), len(r.randbytes(5)))
try:
    r.getstate()
except Exception as e:
    print(type(e).__name__, e)
