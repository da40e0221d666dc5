# PEP 585 (list[int], dict[str, int] … as types.GenericAlias) and PEP 604 (int | None as
# types.UnionType): in annotations, isinstance/issubclass, typing's view of them, and errors.
import types, typing, collections
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], enumerate[str], type(list[int]))
print(list[int] == list[int], list[int](range(3)), list[int].__origin__, list[int].__args__)
u = int | str
print(u, type(u), type(u).__module__, u.__args__, u | None, None | int, int | int, list[int] | None, int | list[str])
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(typing.Union[int, str] == int | str, typing.get_origin(int | str), typing.get_args(int | None), typing.Optional[int | str])
def f(x: int | None = None, y: list[str] = [], z: dict[str, int | float] = {}) -> tuple[int, ...]:
    return ()
print(f.__annotations__)
print(typing.get_type_hints(f))
for bad in (lambda: int | 3, lambda: isinstance(1, list[int] | None), lambda: 'a' | int, lambda: list['x'] | 5):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(hash(int | str) == hash(str | int), (int | str) == (str | int), collections.deque[int], dict[str, int] | list[int])
class C:
    pass
print(C | None, C | int | C)
print(type[int], type[int] | None, isinstance(1, typing.Union[int, str]), issubclass(str, typing.Optional[str]))
print(isinstance([], typing.List) if hasattr(typing, 'List') else None)
try:
    isinstance(1, 3)
except TypeError as e:
    print(e)
