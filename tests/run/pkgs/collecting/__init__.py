# Importing this package makes the collector run, then fills the freed memory with new strings.
for i in range(3000):
    garbage = [i] * 1000
words = ['w%d' % i for i in range(3000)]
