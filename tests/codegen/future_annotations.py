"""Annotations as strings (PEP 563)."""
from __future__ import annotations

import typing

x: int = 1
y: list[dict[str, int | None]]
z: typing.Callable[[int, str], bool] = print


def f(a: int, *args: tuple[int, ...], b: "quoted" = 1, **kw: dict) -> typing.Optional[int]:
    c: int = a
    return c


class C:
    attr: lambda x, *, y=1: x + y
    other: {1: 2, **d} | {1, 2} | [x for x in y if x] | (a if b else c)
    third: f"{x!r:>{width}}" | a[1:2, ::3] | (not a) | -a ** -b | 1e400 | 2.5j
    fourth: (a, b) | () | (a,) | {a: b for a in c} | a.b.c | 1 .real | ... | a < b < c
