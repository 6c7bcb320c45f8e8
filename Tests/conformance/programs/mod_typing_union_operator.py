# `X | Y` between classes makes a types.UnionType (PEP 604); typing treats it as a Union.
from typing import Union, Optional, List, get_origin, get_args

u = int | str
print(u, type(u), u.__args__, int | None, None | int, list[int] | dict[str, int] | None)
print(int | int, (int | str) | float, int | (str | float), int | str | int)
print(u == (str | int), u == (int | float), hash(int | str) == hash(str | int), u == Union[int, str])
print(Union[int, str] == u, Union[u, float], Optional[int | str], List[int | None])
print(isinstance(3, int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(bytes, int | str))
print(get_origin(u) is type(u), get_args(int | None), int | List[int], List[int] | None)

def area(side: int | float, label: str | None = None) -> float | None:
    return side * side

print(area(3), area.__annotations__)
for bad in [lambda: isinstance([], list[int] | None), lambda: int | 3, lambda: 'x' | int, lambda: u()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
