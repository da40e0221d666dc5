# A generator pipeline: in-order traversal of a balanced binary tree through recursive
# `yield from`, each value passing up through every level, then filtered and summed.
class Node:
    __slots__ = ('left', 'value', 'right')

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid - 1), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def odd_squares(values):
    for v in values:
        if v & 1:
            yield v * v


tree = build(1, (1 << 16) - 1)
checksum = 0
for _ in range(12):
    checksum = (checksum + sum(odd_squares(walk(tree)))) % 1000000007
print(checksum)
