# str.encode with utf-8, ascii and latin-1 and the error handlers, and CPython's errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'aé€😀'
print(s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode('utf_8'), s.encode(encoding='u8'), 'x'.encode('cp65001'))
print('abc'.encode('ascii'), 'abc'.encode('US-ASCII'), 'é'.encode('latin-1'), 'é'.encode('Latin_1'), 'é'.encode('iso-8859-1'), 'é'.encode('L1'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors), s.encode('ascii', errors=errors))
print('\ud800x'.encode('utf-8', 'surrogatepass'), '\udcff'.encode('utf-8', 'surrogateescape'), '\ud800'.encode('utf-8', 'replace'), '\ud800\udc00'.encode('utf-8', 'ignore'))
show(lambda: 'aé€'.encode('ascii'))
show(lambda: 'é'.encode('ascii'))
show(lambda: 'ab😀'.encode('ascii'))
show(lambda: 'a€b'.encode('latin-1'))
show(lambda: 'a€𝄞b'.encode('latin-1'))
show(lambda: '\ud800'.encode())
show(lambda: 'a\ud800\udfffb'.encode('utf-8'))
show(lambda: 'é'.encode('ascii', 'nope'))
show(lambda: 'e'.encode('ascii', 'nope'))
show(lambda: 'x'.encode('nope'))
show(lambda: 'x'.encode('nope', 'strict'))
show(lambda: 'x'.encode(1))
show(lambda: 'x'.encode('ascii', 1))
show(lambda: 'x'.encode('a', 'b', 'c'))
show(lambda: 'x'.encode(x=1))
show(lambda: 'x'.encode(errors='strict', encoding='ascii'))
print(s.encode().decode(), s.encode('utf-8').decode('utf-8') == s, 'é'.encode('latin-1').decode('latin-1'), len(('😀' * 3).encode()))
