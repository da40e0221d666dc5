# An uncaught exception: the traceback goes to stderr and the exit status is 1.
def inner(x):
    return x[3]


def outer():
    return inner([1, 2])


print('before')
outer()
print('not reached')
