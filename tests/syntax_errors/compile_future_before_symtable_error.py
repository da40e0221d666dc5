from __future__ import spam

def f(a, a):
    pass
