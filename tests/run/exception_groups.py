# Exception groups (PEP 654): construction rules, split/subgroup/derive, except* (partial and
# whole matches, naked exceptions, re-raises combined with new exceptions) and their errors.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__, isinstance(eg, Exception))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(ExceptionGroup)))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"), lambda: ExceptionGroup("x", {1}),
            lambda: eg.split(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("v", repr(e))
    except* TypeError as e:
        print("t", repr(e))
        raise
try:
    f()
except ExceptionGroup as e:
    print("outer", repr(e))
try:
    try:
        raise KeyError("naked")
    except* KeyError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
        raise RuntimeError("new")
except RuntimeError as e:
    print("new", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        pass
except KeyError as e:
    print("one new exception propagates alone", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b"), OSError("c")])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
except ExceptionGroup as e:
    print("combined", repr(e), [repr(x) for x in e.exceptions])
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m, r = MyEG("mine", [ValueError(1), TypeError(2)]).split(TypeError)
print(repr(m), repr(r), type(m).__name__)
