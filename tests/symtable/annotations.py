# Annotations: evaluated in the enclosing scope, and annotated names.
from typing import List, Optional
import collections.abc

simple: int
assigned: str = "x"
(parenthesized): int = 1
obj_attr: int
complex_target = object()
complex_target.attr: float = 1.0
subscript = {}
subscript["key"]: List[int] = []


def annotated(a: int, /, b: "str" = "", *args: Optional[int], c: list, **kw: dict) -> bool:
    local: collections.abc.Sized
    local_with_value: int = 1
    nonlocal_like: undefined_annotation_type = 2
    return True


class Annotated:
    field: int
    with_default: str = "d"
    uses_class_name: "Annotated"

    def method(self) -> "Annotated":
        self.x: int = 1
        return self


def outer():
    captured = 1

    def inner(arg: captured) -> captured:
        pass
    return inner


lambda_default = lambda x=List: x
