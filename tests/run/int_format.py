# format() of ints: every presentation type, fill/align/sign/#/0/width/grouping, random values
# (a fixed LCG), big ints, and the errors of the mini-language for ints.
state = 3


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '10', '<10',
         '^10', '=10', '010', '+010', '#010x', '_', ',', '_b', '_x', '#_x', '020,', '020_', '*^+20,',
         'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 'E', 'G', ',.2f', '08.3f', '=+12', '>+12,', '#_o',
         'x<16_X', ' ^9']

for i in range(60):
    n = rand() >> (rand() % 53)
    if i % 3 == 0:
        n = -n
    if i % 10 == 0:
        n = n ** 3
    print(n, ' | '.join(format(n, spec) for spec in SPECS))

for n in [0, 1, -1, 255, -255, 2 ** 64, -(10 ** 40), 1234567, True, False, 65, 0x1F600]:
    print(repr(n), ' | '.join(format(n, spec) for spec in SPECS), format(n, 'c') if 0 <= n < 0x110000 else '')

for n, spec in [(65, '+c'), (65, '#c'), (65, '05c'), (65, '^5c'), (-1, 'c'), (0x110000, 'c'),
                (1, '.2'), (1, '.2d'), (1, 'z'), (1, 'zd'), (1, ',_'), (1, '_,'), (1, ',b'),
                (1, ',x'), (1, ',c'), (1, '_n'), (1, 's'), (1, 'r'), (1, 'xx'), (1, '\x01'),
                (1, 'é'), (1, '99999999999999999999'), (1, '.'), (1, '<'), (1, '+ '), (1, '%%'),
                (10 ** 400, 'e'), (True, ''), (True, 'd'), (False, '>5'), (1, '=^5')]:
    try:
        print(repr(format(n, spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(f'{1234:_} {255:#x} {-3:+05} {42:^9} {7:b} {10**20:,}')
print('{:>8,}|{:08b}|{:+}'.format(123456, 5, 0))
