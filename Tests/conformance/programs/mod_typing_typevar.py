# TypeVar: reprs with variance, bound and constraints; invalid combinations.
from typing import TypeVar, AnyStr, List

T = TypeVar('T')
N = TypeVar('N', bound=int)
S = TypeVar('S', int, str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, S, Co, Contra, repr(AnyStr))
print(T.__name__, N.__bound__, S.__constraints__, T.__bound__, T.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__, T.__covariant__)
print(AnyStr.__constraints__, List[T], List[S], T == T, T == TypeVar('T'))
print(TypeVar('F', bound='Forward').__bound__, T | None, int | T)
for args, kwargs in [(('X', int), {}), (('X',), {'covariant': True, 'contravariant': True}),
                     (('X', int, str), {'bound': int})]:
    try:
        TypeVar(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print('TypeError', e)
def first(items: List[T]) -> T:
    return items[0]
print(first([3, 4]), first.__annotations__)
