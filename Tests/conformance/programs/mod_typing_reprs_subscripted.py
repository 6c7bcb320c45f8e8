# Reprs of subscripted forms, nested forms and forward references.
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar)

T = TypeVar('T')
K = TypeVar('K')
for x in [List[int], Optional[int], Union[int, str], Dict[str, int], Set[float], FrozenSet[bytes],
          Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int], Iterable[str], Iterator[bytes],
          Generator[int, None, None], Sequence[Tuple[int, int]], Mapping[str, Any], List[List[int]],
          Dict[str, Optional[List[int]]], List[T], Dict[K, List[T]], Set['Node'], Optional['Node'],
          Union[int, None, str], List[None], Type[Any], Dict[Tuple[int, ...], Union[int, str]]]:
    print(repr(x))
print(str(List[int]), f"{Dict[str, int]}", '%s' % Optional[str])
print([List[int], Tuple[int]])


class Node:
    pass


print(List[Node], Optional[Node], Dict[str, Node])
