# list slicing: get, assign (simple and extended), delete, and their errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::3], l[::-1], l[8:2:-2], l[-3:], l[-100:100], l[5:2], l[::-4], l[1:-1:3])
print(l[2:5:1], l[None:None:None], l[True:], l[:-100])
check(lambda: l[::0])
check(lambda: l['a':])
check(lambda: l[:1.5])
check(lambda: l['x'])
check(lambda: l[10])
check(lambda: l[-11])


def assign(start, stop, step, value):
    a = list(range(8))
    try:
        if step is None:
            a[start:stop] = value
        else:
            a[start:stop:step] = value
        print(a)
    except Exception as e:
        print(type(e).__name__, e)


assign(2, 4, None, ['a', 'b', 'c'])
assign(2, 4, None, [])
assign(2, 2, None, 'xy')
assign(5, 2, None, [0])
assign(-2, None, None, (9,))
assign(None, None, None, range(3))
assign(100, 200, None, [1])
assign(0, 8, 2, 'abcd')
assign(0, 8, 2, 'abc')
assign(None, None, -1, list('abcdefgh'))
assign(7, 0, -3, [1, 2, 3])
assign(1, 1, 2, [])
assign(0, 3, 1, 'xyz12')
assign(2, 4, None, 5)
assign(0, 8, 2, 5)
assign(6, 2, 2, [])
a = [1, 2, 3]
a[1:] = a
print(a)
a = [1, 2, 3]
a[::-1] = a
print(a)
a = [1, 2, 3]
a[:0] = (x * 10 for x in a)
print(a)


def delete(start, stop, step):
    a = list(range(10))
    if step is None:
        del a[start:stop]
    else:
        del a[start:stop:step]
    print(a)


delete(2, 5, None)
delete(None, None, None)
delete(5, 2, None)
delete(None, None, 2)
delete(1, None, 3)
delete(None, None, -2)
delete(8, 1, -3)
delete(-3, None, None)
delete(3, 3, 2)
a = list(range(5))
a[1] = 'x'
a[-1] = 'y'
a[True] = 'z'
print(a)


def setitem(i):
    b = [0, 1]
    try:
        b[i] = 9
        print(b)
    except Exception as e:
        print(type(e).__name__, e)


setitem(2)
setitem(-3)
setitem('a')
setitem(1.0)


def delitem(i):
    b = [0, 1]
    try:
        del b[i]
        print(b)
    except Exception as e:
        print(type(e).__name__, e)


delitem(0)
delitem(-1)
delitem(5)
delitem('k')
