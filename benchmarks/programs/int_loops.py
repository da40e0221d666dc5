# Nested loops over ranges with integer arithmetic and comparisons.
def checksum(n):
    total = 0
    for i in range(n):
        for j in range(100):
            x = (i * j) % 7
            if x > 3:
                total += x - j
            else:
                total -= i & 15
    return total


print(checksum(60000))
