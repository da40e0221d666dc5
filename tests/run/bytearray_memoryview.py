# bytearray and memoryview: construction, items, slices, mutation, operators, shared bytes
# methods, errors with CPython's messages.

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2, 255]), bytearray('hé', 'utf-8'))
print(bytearray(range(65, 70)), bytearray(x for x in b'xyz'), bytearray(memoryview(b'mv')), bytearray(bytearray(b'c')))
b = bytearray(b'hello world')
print(len(b), b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], type(b[1:2]).__name__)
b[0] = 72
b[-1] = ord('D')
print(b)
b[0:5] = b'HOWDY'
print(b)
b[5:6] = b'---'
print(b)
b[0:0] = [1, 2]
print(b)
del b[0:2]
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
del b[::3]
print(b)
del b[0]
print(b)
b[1:3] = bytearray(b'')
print(b)
b[:] = b
print(b)

c = bytearray(b'abc')
c.append(100)
c.extend(b'ef')
c.extend([103, 104])
c.extend(bytearray(b'i'))
c.extend(x for x in b'j')
print(c, c.pop(), c.pop(0), c)
c.insert(0, 65)
c.insert(-1, 66)
c.insert(100, 67)
print(c)
c.remove(66)
c.reverse()
print(c)
d = c.copy()
c.clear()
print(c, d, d is not c)

e = bytearray(b'ab')
e += b'cd'
e += bytearray(b'e')
e *= 2
print(e, e + b'!', b'<' + e, e * 2, 2 * e, e + memoryview(b'mv'))
print(b'ab' in e, 97 in e, 120 in e, bytearray(b'ce') in e, memoryview(b'de') in e)
print(e == b'abcdeabcde', e == bytearray(b'abcdeabcde'), b'abcdeabcde' == e, e != b'x', e < b'b', b'b' > e, e <= e, e >= bytearray(b'abd'))
print(bytearray(b'a') == 'a', list(bytearray(b'xyz')), bytes(bytearray(b'to bytes')), str(bytearray(b"q'")))

f = bytearray(b'  Hello, World  ')
print(f.strip(), f.lstrip(), f.rstrip(b' dl'), f.upper(), f.lower(), f.swapcase(), f.title(), f.capitalize())
print(f.split(), f.split(b','), f.rsplit(b'o', 1), f.partition(b','), f.rpartition(b'x'), f.splitlines())
print(f.find(b'o'), f.rfind(b'o'), f.index(b'W'), f.count(b'l'), f.count(108), f.startswith(b'  H'), f.endswith((b'x', b'  ')))
print(f.replace(b'l', b'L'), f.center(20, b'*'), f.ljust(18), f.rjust(18), bytearray(b'42').zfill(5), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'-').join([b'a', bytearray(b'b'), memoryview(b'c')]), b'+'.join([bytearray(b'x'), b'y']), b''.join([bytearray(b'one')]))
print(f.isalpha(), bytearray(b'abc').isalpha(), bytearray(b'12').isdigit(), bytearray(b' ').isspace(), bytearray(b'Ab').istitle())
print(f.removeprefix(b'  '), f.removesuffix(b'  '), bytearray(b'abc').translate(bytes.maketrans(b'a', b'z')), bytearray(b'abc').translate(None, b'b'))
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'caf\xe9').decode('latin-1'), bytearray(b'\x01\xff').hex(), bytearray(b'abc').hex(':'))
print(bytearray.fromhex('41 42 43'), bytearray.maketrans(b'a', b'b')[97], b'xyz'.startswith(bytearray(b'x')), b'a,b'.split(bytearray(b',')))
print(b'abc'.find(memoryview(b'c')), b'abc'.replace(bytearray(b'b'), memoryview(b'B')), b'x' + bytearray(b'y'), type(b'x' + bytearray(b'y')).__name__)

class Sub(bytearray):
    pass

s = Sub(b'sub')
s.extra = 1
print(s, type(s).__name__, s.upper(), type(s.upper()).__name__, s[0:2], type(s[0:2]).__name__, isinstance(s, bytearray))

attempt(lambda: bytearray(3.5))
attempt(lambda: bytearray([256]))
attempt(lambda: bytearray([1, 'a']))
attempt(lambda: bytearray('x'))
attempt(lambda: bytearray(-1))
attempt(lambda: bytearray(1, 2))
attempt(lambda: bytearray(b'x', 'utf-8'))
attempt(lambda: bytearray(x=1))
attempt(lambda: bytearray(b'abc')[5])
attempt(lambda: bytearray(b'abc')['x'])
attempt(lambda: bytearray(b'abc').__setitem__(5, 1))
attempt(lambda: bytearray(b'abc').__setitem__(0, 256))
attempt(lambda: bytearray(b'abc').__setitem__(0, 'a'))
attempt(lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'xyz'))
attempt(lambda: bytearray(b'abc').__setitem__(slice(0, 1), 5))
attempt(lambda: bytearray(b'abc').__setitem__(slice(0, 1), 'ab'))
attempt(lambda: bytearray(b'abc').__setitem__(slice(0, 1), [300]))
attempt(lambda: bytearray(b'abc').__delitem__(9))
attempt(lambda: bytearray(b'abc').pop(10))
attempt(lambda: bytearray().pop())
attempt(lambda: bytearray(b'abc').remove(120))
attempt(lambda: bytearray(b'abc').append(300))
attempt(lambda: bytearray(b'abc').append('a'))
attempt(lambda: bytearray(b'abc').insert(0, 999))
attempt(lambda: bytearray(b'abc').extend(5))
attempt(lambda: bytearray(b'abc').extend([1, 'a']))
attempt(lambda: bytearray(b'abc').extend('ab'))
attempt(lambda: bytearray(b'abc') + 'x')
attempt(lambda: bytearray(b'abc') + 1)
attempt(lambda: hash(bytearray(b'abc')))
attempt(lambda: 'a' in bytearray(b'abc'))
attempt(lambda: 300 in bytearray(b'abc'))
attempt(lambda: bytearray(b'abc') < 'a')
attempt(lambda: bytearray(b'abc') * 'a')
attempt(lambda: bytearray(b'a') * -1)
attempt(lambda: bytearray(b'abc').index(b'z'))
attempt(lambda: bytearray(b'abc').decode('nope'))
attempt(lambda: bytearray.fromhex('zz'))
attempt(lambda: bytearray(b'abc').split(1))

m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tolist(), len(m), m.format, m.itemsize, m.nbytes, m.readonly, m.ndim)
print(m.obj, m.tobytes(), m.tolist(), m.hex(), list(m[4:]), bytes(m[1:4]), m == b'abcdef', m[0:2] == b'ab', m != memoryview(b'x'))
print(memoryview(m).tobytes(), m[1:][1:][1:].tobytes(), m[1:5][::-2].tolist(), hash(memoryview(b'h')) == hash(b'h'))
w = bytearray(b'writable')
mw = memoryview(w)
mw[0] = 87
mw[1:3] = b'RI'
mw[-1:] = bytearray(b'E')
mw[::2] = b'1234'
print(w, mw.readonly, mw.tobytes(), mw[2:4].tobytes())
with memoryview(b'ctx') as mc:
    print(mc.tolist())
attempt(lambda: mc[0])
attempt(lambda: len(mc))
attempt(lambda: mc.tobytes())
attempt(lambda: mc.format)
attempt(lambda: m[6])
attempt(lambda: m['a'])
attempt(lambda: m.__setitem__(0, 1))
attempt(lambda: memoryview(1))
attempt(lambda: memoryview('s'))
attempt(lambda: memoryview())
attempt(lambda: hash(memoryview(bytearray(b'ab'))))
attempt(lambda: mw.__setitem__(0, 300))
attempt(lambda: mw.__setitem__(0, b'a'))
attempt(lambda: mw.__setitem__(slice(0, 1), b'ab'))
attempt(lambda: mw.__delitem__(0))
m2 = memoryview(bytearray(b'rel'))
m2.release()
m2.release()
print(m2 == m2, m2 == b'rel', repr(m2).startswith('<released memory at 0x'))

# Conversions and the places that take any bytes-like object.
import io
from collections.abc import ByteString, MutableSequence, Sequence
print(int(bytearray(b'12')), int(memoryview(b'7')), int(bytearray(b'ff'), 16), float(bytearray(b'1.5')))
print(str(bytearray(b'xy'), 'ascii'), str(memoryview(b'ab'), 'ascii'), b'%s|%b' % (bytearray(b'x'), memoryview(b'y')))
bio = io.BytesIO(bytearray(b'data'))
bio.write(bytearray(b'more'))
bio.write(memoryview(b'!'))
print(bio.getvalue(), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(isinstance(bytearray(), ByteString), isinstance(bytearray(), MutableSequence), isinstance(memoryview(b''), Sequence))
for subject in (bytearray(b'ab'), memoryview(b'ab')):
    match subject:
        case [x, y]:
            print('sequence', x, y)
        case bytearray(z):
            print('bytearray', z)
import copy
print(copy.copy(bytearray(b'c')), copy.deepcopy([bytearray(b'd')]), sorted(bytearray(b'cba')), max(bytearray(b'az')))
print(bytearray(b'%d-%s') % (5, b'x'), bytearray(b'%r') % bytearray(b'q'))
