# Many parked yield-from chains alive at once while the collector runs (their frames hold the
# only references to their values), resumed afterwards in another order, some abandoned
# (closed at the end), some closed or thrown into by hand.
def leaf(tag, n):
    data = [tag] * 3
    for i in range(n):
        got = yield (tag, i, len(data))
        data.append(got)
    return ''.join(str(x) for x in data)

def level(tag, depth, n):
    payload = {'tag': tag, 'depth': depth}
    if depth == 0:
        r = yield from leaf(tag, n)
    else:
        r = yield from level(tag, depth - 1, n)
    return r + payload['tag']

chains = [level(str(k), k % 7, 3) for k in range(40)]
for c in chains:
    next(c)
garbage = [[str(i)] * 10 for i in range(100000)]
del garbage
results = []
for c in reversed(chains):
    try:
        c.send('a')
        c.send('b')
        c.send('c')
    except StopIteration as e:
        results.append(e.value)
print(len(results), results[:3])

again = [level(str(k), 5, 10) for k in range(20)]
for c in again:
    next(c)
for round_ in range(3):
    junk = [{'k': i} for i in range(100000)]
    for i, c in enumerate(again):
        if i % 3 == round_:
            print(c.send(round_))
print(again[0].gi_yieldfrom.gi_yieldfrom.gi_frame.f_locals['payload'])
again[1].close()
try:
    again[2].throw(ValueError('stop'))
except ValueError as e:
    print('thrown out', e)
print([g.gi_running for g in again[:3]], again[1].gi_frame, again[2].gi_frame)

def finalizing(tag):
    try:
        yield from level(tag, 3, 5)
    finally:
        print('finally', tag)
left = finalizing('x')
next(left)
print('end')
