# if/elif/else, while/for with else, break/continue, conditional expressions, chained comparisons.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'


for n in (-5, 0, 3, 42):
    print(n, classify(n))

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
else:
    print('while else not reached')

for i in range(3):
    pass
else:
    print('for else reached', i)

for i in range(5):
    if i == 3:
        print('found', i)
        break
else:
    print('not found')

x = 5
print('big' if x > 3 else 'small', 1 < x < 10, 1 < x > 10, x == 5 != 6)
print(0 < 1 <= 1 < 2 == 2, 3 > 2 > 1 > 0)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
print(not 0, not 1, not [], not [0], 0 or 'a', 1 and 2, '' or 0 or None)
