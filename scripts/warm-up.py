# scripts/build.js runs this with the command line to record V8's code cache of the bundle
# (dist/wasmpy.cache, see host/load.ts): the JavaScript functions that compile and run it are
# those the cache holds. So it uses the common parts of the language rather than testing
# anything. It must run without error, and leaves out what only few programs need (\N{...}
# escapes, whose name table the compiler decodes when one appears).


class Shape:
    """A class with the usual methods."""

    count = 0

    def __init__(self, name, *sides, scale=1.0, **extra):
        self.name = name
        self.sides = [s * scale for s in sides]
        self.extra = extra
        Shape.count += 1

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, sides={len(self.sides)})'

    def __eq__(self, other):
        return isinstance(other, Shape) and self.sides == other.sides

    def __lt__(self, other):
        return self.perimeter() < other.perimeter()

    def perimeter(self):
        return sum(self.sides)

    @property
    def kind(self):
        return 'polygon' if len(self.sides) > 2 else 'segment'

    @staticmethod
    def unit():
        return Shape('unit', 1, 1, 1)

    @classmethod
    def named(cls, name):
        return cls(name, 2, 2)


class Square(Shape):
    def __init__(self, side):
        super().__init__('square', side, side, side, side)

    def area(self):
        return self.sides[0] ** 2


def fibonacci(n):
    a, b = 0, 1
    while n > 0:
        yield a
        a, b = b, a + b
        n -= 1


def describe(value, *, width=8):
    match value:
        case 0 | 0.0:
            return 'zero'
        case [first, *rest]:
            return f'list of {len(rest) + 1}, first {first}'
        case None:
            return 'nothing'
        case 'mid' | 'middle' as s:
            return s.center(width, '.')
        case _:
            return repr(value)


def counter():
    total = 0

    def add(n=1):
        nonlocal total
        total += n
        return total

    return add


async def square(n):
    return n * n


async def total(n):
    result = 0
    for i in range(n):
        result += await square(i)
    return result


def run_coroutine(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


shapes = sorted([Square(3), Shape('tri', 3, 4, 5), Shape.unit(), Shape.named('pair')])
print(shapes, [s.kind for s in shapes], Shape.count)
print(max(shapes).perimeter(), min(shapes, key=lambda s: s.name).name, Square(2).area())
squares = {n: n * n for n in range(10) if n % 3}
evens = {n for n in range(20) if not n & 1}
pairs = [(a, b) for a in 'xyz' for b in range(2)]
print(squares, sorted(evens), pairs[::2], list(fibonacci(12))[-3:])
print(describe(0), describe([1, 2, 3]), describe((4, 5)), describe('mid'), describe(None))
add = counter()
add(), add(5)
print(add(), run_coroutine(total(4)))

words = 'the quick brown fox jumps over the lazy dog'.split()
frequency = {}
for word in words:
    frequency[word] = frequency.get(word, 0) + 1
print(' '.join(w.capitalize() for w in words if len(w) > 3), frequency['the'])
print('%s has %d items, %.2f%%' % ('list', len(words), 12.5), '{:>6}|{:<6}|{:^6}'.format('a', 'b', 'c'))
print(f'{3.14159:.3f} {255:#x} {1234567:,} {0.5:e} {"text"!r:>10}', 2 ** 100, 7 // 2, -7 % 3, 1e300 * 10)
print(divmod(17, 5), round(2.675, 2), abs(-3), int('42') + float('1.5'), str(b'bytes', 'ascii'))
data = b'abc' + b'def'
print(data.upper(), data.hex(), bytes(range(5)), 'caf\xe9'.encode('utf-8'))

try:
    try:
        {}['missing']
    except KeyError as error:
        raise ValueError('wrapped') from error
    finally:
        print('finally')
except (ValueError, TypeError) as error:
    print(type(error).__name__, error, type(error.__cause__).__name__)
else:
    print('unreachable')

first, *middle, last = range(6)
(x, y), z = (1, 2), 3
print(first, middle, last, x + y + z, [*middle, *'ab'], len({**squares, 'more': True}.keys() & {1, 'more'}))
print(all(n > 0 for n in middle), any(n > 4 for n in middle), list(zip('ab', range(3))), list(enumerate('cd', 1)))
print(isinstance(3, (int, str)), hasattr(add, '__call__'), getattr(shapes[0], 'name', None), id(None) == id(None))
assert len(words) == 9, 'nine words'
del frequency['dog']
with open(__file__) as source:
    print(len(source.readline()) > 0)
global_total = sum(map(len, filter(None, words))) if words else 0
print(global_total, sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))[:3], chr(65), ord('a'), hash(1) == 1)
