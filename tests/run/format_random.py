# %-formatting and str.format with pseudo-random flags, widths and precisions (a fixed LCG,
# so every run is the same), including the errors some combinations raise.

state = 4242
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

values = ['ab', 'é€😀', '', 'x' * 7, 0, 7, -42, 255, 123456789, 3.5, -0.25, 1e10, 2.0 ** -30, float('inf'), True]
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '# ', '-#']
convs = 'sradiuoxXeEfFgGc'
out = []
for round in range(600):
    v = values[rand(len(values))]
    spec = '%' + flags[rand(len(flags))]
    if rand(2):
        spec += str(rand(12))
    if rand(2):
        spec += '.' + str(rand(8))
    spec += convs[rand(len(convs))]
    try:
        out.append(spec + ' -> ' + ascii(spec % (v,)))
    except Exception as e:
        out.append(spec + ' !! ' + type(e).__name__ + ': ' + str(e))
aligns = ['', '<', '>', '^', '*<', '0>', '-^', '=']
for round in range(300):
    v = values[rand(4)]
    spec = aligns[rand(len(aligns))]
    if rand(2):
        spec += str(rand(12))
    if rand(2):
        spec += '.' + str(rand(6))
    if rand(4) == 0:
        spec += 's'
    try:
        out.append(spec + ' -> ' + ascii(('{:' + spec + '}').format(v)) + ascii(format(v, spec)))
    except Exception as e:
        out.append(spec + ' !! ' + type(e).__name__ + ': ' + str(e))
for l in out[:80]:
    print(l)
h = 0
for l in out:
    for c in l:
        h = (h * 31 + ord(c)) % 1000000007
print(len(out), h)
