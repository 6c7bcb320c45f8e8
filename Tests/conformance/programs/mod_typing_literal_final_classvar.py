# Literal, Final and ClassVar: reprs, arguments, equality, and their single-argument errors.
from typing import Literal, Final, ClassVar, List, get_args, get_origin

print(Literal[1, 'a', None, True], Literal['x'].__args__, Literal[1, 1, 2], Literal[[1]])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal['a'] == Literal['a'])
print(Literal[Literal[1, 2], 3], get_args(Literal['r', 'w']), get_origin(Literal[1]) is Literal)
print(Final[int], ClassVar[int], ClassVar[List[int]], Final[List[str]].__args__)
print(get_origin(ClassVar[int]) is ClassVar, get_args(Final[int]))
for form in (Final, ClassVar):
    try:
        form[int, str]
    except TypeError as e:
        print('TypeError', e)
for form in (Literal, Final, ClassVar):
    try:
        form()
    except TypeError as e:
        print('TypeError', e)
    try:
        class Sub(form):
            pass
    except TypeError as e:
        print('TypeError', e)

class Config:
    MAX: ClassVar[int] = 10
    NAME: Final = 'cfg'
    mode: Literal['r', 'w'] = 'r'

print(Config.MAX, Config.NAME, Config.mode, Config.__annotations__['mode'])
