# Builtin generics: list[int] and friends are types.GenericAlias objects that call their origin.
from typing import List

for alias in [list[int], dict[str, list[int]], tuple[int, ...], set[frozenset[str]], tuple[()],
              type[int], list[List[int]], dict[str, 'Node']]:
    print(repr(alias), alias.__origin__, alias.__args__)
print(type(list[int]), list[int]() == [], dict[str, int](a=1), tuple[int, ...]([1, 2]))
print(list[int] == list[int], list[int] == list[str], str(list[int]))

def total(xs: list[int]) -> dict[str, int]:
    return {'sum': sum(xs)}

print(total([1, 2]), total.__annotations__)
