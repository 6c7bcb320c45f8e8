# Calling and checking the typing aliases: List() refuses, Type/List isinstance checks the origin.
from typing import List, Dict, Set, Tuple, FrozenSet, Type, Any

for alias in (List, Dict, Set, FrozenSet, Tuple, List[int], Dict[str, int]):
    try:
        alias()
    except TypeError as e:
        print('TypeError', e)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(set(), List))
print(issubclass(list, List), issubclass(dict, List), isinstance(int, Type))
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Set[int, int], lambda: Type[int, str]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(List[1], List['int'], Dict[None, None])
print(List == List, List[int] == List[int], List[int] != List[str], hash(List[int]) == hash(List[int]))
print(List.append is list.append if False else 'skip', List[int].__origin__, Tuple.__origin__)

class Stack(List[int]):
    def top(self):
        return self[-1]

s = Stack([1, 2, 3])
print(s.top(), len(s), Stack.__mro__, Stack.__orig_bases__)
