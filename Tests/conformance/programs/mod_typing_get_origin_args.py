# get_origin and get_args for typing forms, builtin generics and plain types.
from typing import (get_origin, get_args, List, Dict, Tuple, Union, Optional, Callable, Literal,
                    Generic, TypeVar, ClassVar, Type)

T = TypeVar('T')
for tp in [List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Union[int, str], Optional[int],
           Literal['a', 'b'], ClassVar[int], Type[int],
           List[T], list[int], dict[str, list[int]], tuple[int, ...], int, None, 'str', Generic,
           Generic[T]]:
    print(repr(tp), '->', get_origin(tp), get_args(tp))
print(get_args(Callable[[int], str]), get_args(Callable[..., None]), get_args(Callable[[], int]))
