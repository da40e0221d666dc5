# bisect: searching and inserting, with lo/hi bounds and key=.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, lo=2, hi=None))
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9, 0, len(a))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(a, recs)
words = []
for w in 'the quick brown fox jumps over the lazy dog'.split():
    bisect.insort(words, w)
print(words, bisect.bisect(words, 'm'), bisect.bisect('abcdef', 'c'))
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 99, 77, 70, 89, 90, 100]]
print(['FDCBA'[g] for g in grades])


class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)


m = MyList([1, 3])
bisect.insort(m, 2)
print(m)
for f in [lambda: bisect.bisect([1], 2, -1), lambda: bisect.bisect(), lambda: bisect.bisect([1], 2, 0, 5),
          lambda: bisect.bisect(1, 2), lambda: bisect.insort(1, 2), lambda: bisect.bisect([1, 2], 2, key=1),
          lambda: bisect.bisect([1], 2, lo=1.5), lambda: bisect.bisect([1], 2, 0, 1, 3), lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
