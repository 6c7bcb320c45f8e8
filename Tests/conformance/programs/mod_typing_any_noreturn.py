# Any, NoReturn, Never, AnyStr and other special forms: usable in annotations, refuse other uses.
from typing import Any, NoReturn, AnyStr, List, Optional
import typing

def fail(msg: str) -> NoReturn:
    raise RuntimeError(msg)

def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b

print(concat('a', 'b'), concat(b'x', b'y'), fail.__annotations__)
try:
    fail('stop')
except RuntimeError as e:
    print('RuntimeError', e)
data: List[Any] = [1, 'two', None]
print(data, List[Any], Optional[Any], typing.Never, typing.Self, typing.LiteralString)
checks = [lambda: Any(), lambda: isinstance(1, Any), lambda: NoReturn(), lambda: isinstance(1, NoReturn),
          lambda: issubclass(int, NoReturn), lambda: NoReturn[int], lambda: typing.Union(),
          lambda: typing.Optional()]
for c in checks:
    try:
        c()
    except TypeError as e:
        print('TypeError', e)
try:
    class Sub(NoReturn):
        pass
except TypeError as e:
    print('TypeError', e)

class Anything(Any):
    pass

print(Anything.__mro__[1], Anything().__class__.__name__)
