# The symbol table covers the whole module before the compiler reports anything.
break

def f(a, a):
    pass
