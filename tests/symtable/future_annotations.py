from __future__ import annotations
# Postponed annotations: their names are not recorded in any table.


def f(a: NotRecorded, *args: AlsoNot, kw: Missing = None, **kws: Nope) -> Ret:
    local: LocalType = 1
    plain: OnlyName
    return a


class C:
    attr: Sequence[int]
    init: Mapping = {}

    def method(self) -> C:
        return self


module_level: ModuleType = 1
complex_target = object()
complex_target.attr: AttrType = 2
comprehension_in_annotation: [x for x in range(3)] = []
lambda_in_annotation: (lambda: Hidden) = None
