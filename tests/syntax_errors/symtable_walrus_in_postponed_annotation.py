from __future__ import annotations

def f() -> (y := int):
    pass
