# Module objects (types.ModuleType), struct sequences and namespaces of sys, exit and quit, reprs.
import sys, builtins
print(sys.flags)
print(sys.float_info)
print(sys.int_info)
print(repr(sys.version_info))
print(type(sys.version_info), type(sys.flags))
print(sys.version_info[1:3], sys.version_info.count(3), list(sys.version_info)[:2])
try:
    type(sys.version_info)()
except TypeError as e:
    print(e)
print(exit, quit, type(exit).__name__)
print(open, exec, eval, compile, globals, __import__, input, dir, vars, locals)
print(__builtins__, __loader__ is not None, repr(sys.modules['__main__']).startswith("<module '__main__' from "))
print(Ellipsis, NotImplemented)
ns = type(sys.implementation)(a=1, b='x')
print(ns, ns == type(sys.implementation)(a=1, b='x'), ns.a)
ns.c = [ns]
print(ns)
try:
    exit(3)
except SystemExit as e:
    print('exit', e.code)
print(type(sys.__spec__).__name__, sys.__spec__.parent == '', sys.__package__ == '')
m = type(sys)('dyn')
print(m, m.__dict__, m.__name__, m.__spec__)
m2 = type(sys)('d2', 'doc')
print(m2.__doc__)
try:
    type(sys)()
except TypeError as e:
    print(e)
try:
    type(sys)(1)
except TypeError as e:
    print(e)
