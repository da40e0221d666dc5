# List and dict heavy code: building, indexing, sorting, counting, membership.
def run(n):
    counts = {}
    table = []
    for i in range(n):
        key = (i * 7919) % 1009
        counts[key] = counts.get(key, 0) + 1
        table.append((key, i))
    table.sort()
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    squares = [x * x for x in range(n) if x % 3 == 0]
    lookup = {x: i for i, x in enumerate(squares)}
    hits = 0
    for x in range(0, n * 3, 7):
        if x in lookup:
            hits += 1
    merged = {}
    for k, v in counts.items():
        merged.setdefault(k % 10, []).append(v)
    return len(table), best[:3], hits, sum(len(v) for v in merged.values()), table[n // 2]


print(run(300000))
