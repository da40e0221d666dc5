"""A plain module."""
print('simple runs as', __name__)
value = 42
_private = 'hidden'


def double(x):
    return 2 * x
