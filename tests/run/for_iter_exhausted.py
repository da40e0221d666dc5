# A for loop that runs its list, tuple or range iterator out leaves it exhausted for good, as
# CPython does (the list growing afterwards doesn't revive it).
lst = [1, 2]
it = iter(lst)
for x in it:
    print(x)
lst.append(3)
print(next(it, 'exhausted'), list(it))
t = (1,)
it = iter(t)
for x in it:
    pass
print(next(it, 'done'))
r = iter(range(3))
for x in r:
    pass
print(next(r, 'done'), list(r))
for x in []:
    print('never')
else:
    print('else runs')
for i in range(2):
    for j in []:
        pass
    else:
        print('inner else', i)
