# Every statement that binds a name, in a function and at module level.
import sys, os.path
from collections import OrderedDict as OD, deque
from os import *


def binds(arg):
    a = b = 1
    c, (d, *e) = 1, (2, 3)
    f += 1
    for g in range(2):
        pass
    with open(arg) as h, open(arg) as (i, j):
        pass
    try:
        pass
    except Exception as k:
        pass
    import json
    from os import sep
    del a
    (m := 5)
    l: int = 1
    [n.attr, o[0]] = 1, 2
    return __debug__, super


def top():
    # symtable.py treats the bound names of any table named "top" as module-level.
    x = 1
    return x


class top:
    y = 2


def __debug__func():
    pass


a_module, b_module = 1, 2
del a_module
for loop_target in []:
    pass
