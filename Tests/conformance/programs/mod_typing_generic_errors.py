# Errors from generic classes: wrong argument counts, non-TypeVar parameters, re-subscripting.
from typing import Generic, TypeVar, List

T = TypeVar('T')
U = TypeVar('U')

class Box(Generic[T]):
    pass

class Plain:
    pass

tests = [lambda: Box[int, str], lambda: Box[()], lambda: Box[int][str], lambda: Generic[int],
         lambda: Generic[T, T], lambda: Plain[int], lambda: List[int][str], lambda: List[T][int, str],
         lambda: isinstance(Box(), Box[int])]
for t in tests:
    try:
        print('ok', t())
    except TypeError as e:
        print('TypeError', e)
print(Generic(), type(Generic()).__name__)
try:
    class Twice(Generic[T], Generic[U]):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Missing(List[T], Generic[U]):
        pass
except TypeError as e:
    print('TypeError', e)
