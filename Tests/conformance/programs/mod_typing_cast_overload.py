# cast, overload, no_type_check, final, TYPE_CHECKING, NewType: markers with no run-time checks.
from typing import cast, overload, no_type_check, final, TYPE_CHECKING, NewType, List, Union

print(cast(int, 'not an int'), cast(List[str], 5), cast('Undefined', 3.5), TYPE_CHECKING)
if TYPE_CHECKING:
    print('never')

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2

print(double(4), double('ab'), double.__name__)
@overload
def only_stub(x: int) -> int: ...

try:
    only_stub(1)
except NotImplementedError as e:
    print('NotImplementedError', e)

@no_type_check
def loose(x: int) -> str:
    return x
print(loose([1]), loose.__no_type_check__, loose.__annotations__)

@final
class Leaf:
    pass
print(Leaf.__final__, Leaf().__class__.__name__)
UserId = NewType('UserId', int)
print(UserId(5), UserId(5) + 1, type(UserId(5)).__name__, UserId.__name__, UserId.__supertype__)
try:
    cast(int)
except TypeError as e:
    print('TypeError', e)
