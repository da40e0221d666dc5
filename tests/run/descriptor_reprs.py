# repr of classmethod and staticmethod objects shows what they wrap (and a subclass's own name).
def f():
    pass


class MyStatic(staticmethod):
    pass


for d in [staticmethod(f), classmethod(f), MyStatic(len), staticmethod(1)]:
    text = repr(d)
    print(text.split(' at ')[0] if ' at ' in text else text)
