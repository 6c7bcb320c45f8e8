# Callable[[args], result] and Tuple forms: reprs, __args__, errors.
from typing import Callable, Tuple, Any, List, get_args

c = Callable[[int, str], bool]
print(c, c.__args__, get_args(c))
e = Callable[..., int]
print(e, e.__args__, get_args(e))
print(Callable[[], None], Callable[[List[int]], Tuple[int, ...]], Callable[[Callable[[int], int]], Any])
print(Tuple[int, str], Tuple[int, str].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
print(Tuple[int], Tuple[Tuple[int, int], ...], Tuple[int, str] == Tuple[int, str], Tuple[int] == Tuple[str])
for bad in ('int', 'three', 'notlist'):
    try:
        if bad == 'int':
            Callable[int]
        elif bad == 'three':
            Callable[[int], int, str]
        else:
            print(Callable[int, str])
    except TypeError as e:
        print('TypeError', e)
try:
    Tuple()
except TypeError as e:
    print('TypeError', e)
