# slice objects: construction, attributes, indices(), repr, comparison, and use as subscripts.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# An exponent in a variable, so that the big int is computed at run time, not folded into a constant.
E70 = 70
s = slice(5)
print(s, slice(1, 5), slice(1, 5, 2), slice(None), slice('a', [1], 2.5), repr(slice(-1, None, -1)))
print(s.start, s.stop, s.step, slice(1, 2, 3).step, slice(1, 2).start)
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(-3, -1).indices(10), slice(8, 2, -2).indices(6), slice(None, None, -3).indices(0), slice(2 ** E70).indices(5))
print(slice(-2 ** E70, None).indices(5), slice(True, 3).indices(4))
check(lambda: slice(1, 2, 0).indices(3))
check(lambda: slice(1).indices(-1))
check(lambda: slice(1).indices('a'))
check(lambda: slice(1).indices())
check(lambda: slice('a').indices(3))
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
check(lambda: slice(x=1))
check(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(slice(1) != slice(1), slice(1, 2, 3) >= slice(1, 2), slice(0) == (None, 0, None))
check(lambda: slice(1) < slice('a'))
check(lambda: slice(1) < 1)
data = list(range(10))
word = (1, 2, 3, 4, 5)
print(data[slice(2, 8, 3)], word[slice(None, None, -2)], data[slice(-2, None)], range(10)[slice(1, 5)])
sl = slice(1, 3)
data[sl] = ['x']
print(data)
del data[slice(None, None, 2)]
print(data)
print(data[1:2], data[::], data[:], data[-1::-1])
