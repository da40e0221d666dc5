"""The match statement: every kind of pattern."""
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case None:
            return "none"
        case True | False:
            return "bool"
        case 0 | 1 | -1 | 1.5 | 2j | -1 + 2j | "s" | b"b":
            return "literal"
        case Color.RED:
            return "red"
        case [] | ():
            return "empty"
        case [x]:
            return ("one", x)
        case [x, y, *rest] if rest:
            return ("many", x, y, rest)
        case [_, *_, last]:
            return ("last", last)
        case [first, *_]:
            return ("first", first)
        case {"key": value, **others}:
            return ("mapping", value, others)
        case {1: a, "b": b}:
            return ("mapping2", a, b)
        case {}:
            return "empty mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y=yy) as p if x == yy:
            return ("diagonal", p)
        case Point(0 | 1 as z, _):
            return ("small", z)
        case int(n) | float(n):
            return ("number", n)
        case str() as s:
            return ("string", s)
        case [Point(x=a), Point(x=b)] | [(a, b)]:
            return ("pair", a, b)
        case (1, 2, *middle, 3):
            return ("middle", middle)
        case _:
            return "other"


def simple(command):
    match command.split():
        case [action]:
            return action
        case [action, obj]:
            return action, obj
        case other:
            return other


def with_default(x):
    match x:
        case 1:
            pass
        case _ if x:
            pass
        case _:
            pass
