# str case conversions (full Unicode mappings, special casing, final sigma) and the
# character-class predicates, by Unicode 14.0 as Python 3.11 has it.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = ['hello World', 'ß straße', 'ﬁne ﬂow', 'İstanbul', 'ǅungla ǈ', 'ΣΑΣ ΟΔΟΣ', 'σας', 'ΑΣ.', 'Σ', 'AΣB',
           'aΣ\u0301', 'ŉ', 'ǰ', 'ΐ', 'ᾳ ᾼ', 'Ꭰ ꭰ', 'ı i̇', 'ǆ', 'Ⅻ ⅻ', 'ⓐ Ⓐ', '𐐀 𐐨', '123abc', 'a1b2', "they're bill's",
           'émile ÉCOLE', '\u0345', 'ﬀ ﬃ', 'ΰ', 'ǲ', 'K Å Ω', '']
for x in samples:
    print(ascii(x), ascii(x.upper()), ascii(x.lower()), ascii(x.title()), ascii(x.capitalize()), ascii(x.swapcase()),
          ascii(x.casefold()))

print('hello'.upper(), 'HELLO'.lower(), 'hELLO wORLD'.swapcase(), 'hello world'.capitalize(), 'HELLO WORLD'.capitalize())
print('ab cd-ef_gh1ij'.title(), "o'neil".title(), 'x'.title(), 'X'.lower(), 'abc'.casefold())

preds = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isascii', 'isidentifier',
         'islower', 'isupper', 'istitle']
words = ['', 'abc', 'ABC', 'Abc', 'aBc', 'Abc Def', 'Abc def', 'ABC Def', '123', '١٢٣', '²', '½', 'Ⅻ', '一', '三', 'abc123',
         'a b', ' \t\n\x0b\x0c\r', '\x1c\x1d\x1e\x1f', '\x85\xa0\u2000\u3000', '\u200b', 'é', 'ǅ', 'ǅa', 'Ǆ', 'ß',
         '_x', 'x_1', '1x', 'αβ', 'Ⅷ', '\u0378', '\x7f', '\xad', 'a\nb', 'ab😀', '😀', '𝟙', '٣', '४२', 'ａ', '\U000e0001',
         '\u0345', 'ᵃ', 'ʰ', 'ǈ', 'ΣΑΣ', 'σας', 'ǲz', 'Hello World!', 'hello WORLD', '\u2028', '\U00010400', 'ℌ',
         'ⅰ', '℡', '¹', '\u00b2\u00b3', 'x²', '٠', 'ᛮ', '〇', '零', '\U0001F100', 'Ꭰ', 'ꭰ', '\u1e9e', 'K']
for x in words:
    print(ascii(x), ' '.join('1' if getattr(x, p)() else '0' for p in preds))

show(lambda: 'a'.upper(1))
show(lambda: 'a'.lower(x=1))
show(lambda: 'a'.isalpha(1))
show(lambda: 'a'.isidentifier(1, 2))
show(lambda: 'a'.casefold(None))
show(lambda: 'a'.title(x=1))
