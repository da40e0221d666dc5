# String building and methods: join, split, replace, slicing, formatting, membership.
def words(n):
    out = []
    for i in range(n):
        out.append('w' + str(i % 97) + 'x' * (i % 5))
    return out


def work(rounds):
    total = 0
    for r in range(rounds):
        text = ' '.join(words(200))
        parts = text.split(' ')
        total += len(parts)
        up = text.upper().replace('WX', 'z')
        total += up.count('Z') + up.find('W9') + len(up[10:200:3])
        line = '%d:%s|%s' % (r, parts[r % 200], parts[-1].strip('x'))
        total += len(line) + (1 if 'w5x' in text else 0)
        total += sum(1 for p in parts if p.startswith('w1'))
    return total


print(work(7000))
