# An uncaught exception group: members boxed and numbered, nested groups, chains and notes
# inside members, and "and N more exceptions" past the first 15.
def f():
    raise ValueError("leaf")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("a note")
        raise ExceptionGroup("inner", [e, KeyError("k")])
try:
    g()
except ExceptionGroup as e:
    inner = e
raise ExceptionGroup("outer", [inner, TypeError("t")] + [OSError(i) for i in range(16)])
