# The format-spec mini-language shared by int, float, complex and str: fill and alignment,
# sign, z, #, 0, width, grouping, precision, types, and every error CPython reports.
def show(value, spec):
    try:
        print(repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


for spec in ['', '<', '>', '^', '=', '*<8', '*>8', '*^8', '*=8', '<<8', '==8', '0<8', '08', '+8', '-8',
             ' 8', '+08', '=+08', '#8x', '#08x', '#=8x', '8,', '08,', '09,', '010,', '012_', '0=12,',
             ',d', '_d', '_x', '_b', '_o', '_X', '#_b', '20,', 'é^9', '\x00<5', '🐍^7', 'z', 'z8',
             '.3', 'x', 'c', 'n', 'e', '%', ',_', '_,', ',b', ',n', '8.', '8.x', '1' * 25,
             '.' + '9' * 25, '{', 'd d', '>+#010,d']:
    show(1234, spec)

for spec in ['', 'g', '.0', '.0g', '#.0', '#', '+', ' ', 'z', 'z.3f', 'z.3e', 'z%', 'z.0f', '010',
             '=010', '<010', '^010', '0^10', '0>10', '+010.2f', '-010.2f', ' 010.2f', ',', '_', ',.3e',
             '_.0%', '015,.3f', '0=15_.2f', 'd', 'x', 'c', 'b', 's', 'r', '.2d', '.2x', 'n', '.3n',
             ',n', '#.3', '#.3g', '#.3e', '#.0%', '10.' + '9' * 12, '.2147483648f', '.-1']:
    show(-0.0005, spec)
    show(12345.6789, spec)

for value in [float('inf'), float('-inf'), float('nan')]:
    for spec in ['', '8', '<8', '08', '+08', '=+8', ',', '.2f', 'F', 'E', 'G', '%', 'z', '#']:
        show(value, spec)

for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.2', '010', '0', '^', '=10', '+',
             '-', ' ', '#', 'z', ',', '_', 'd', 'x', '.0', '.', 'é>5']:
    show('abc', spec)
print(format('', '5') + '|', format('x' * 20, '.3') + '|', format('αβγ', '^7') + '|')
print(f'{"q":>4}|{3.5:08.3f}|{-7:^+9}|{255:#06x}|{0.25:.1%}|{1e6:,.1f}|{2+3j:^15}|')
