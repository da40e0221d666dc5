# str operations whose arguments are ints beyond 64 bits (or whose results would be).

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'hello, world'
show(lambda: s[10**20])
print(s[True:3], s[-10**30:10**30], s[10**30:], s[::10**30])
show(lambda: 'a' * (2**100))
show(lambda: ('x' * 100000) * (2**47))
show(lambda: chr(2**100))
