# A long computation: the VM returns to the page between slices, so the page's timer keeps
# ticking while this runs.
def count_primes(limit):
    sieve = [True] * limit
    sieve[0] = sieve[1] = False
    count = 0
    for n in range(limit):
        if sieve[n]:
            count += 1
            for multiple in range(n * n, limit, n):
                sieve[multiple] = False
    return count


print('primes below 2,000,000:', count_primes(2_000_000))
