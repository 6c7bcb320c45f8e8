# Union: flattened, deduplicated, None as NoneType, one type is itself, Optional is Union[X, None].
from typing import Union, Optional, List

print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[Union[int, str], int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, str] != Union[int])
print(hash(Union[int, str]) == hash(Union[str, int]), Optional[None], Union[None, int])
print(Union[int, str].__args__, Optional[int].__args__, Union[int, List[int]].__args__)
print(Union[int, str].__origin__, Optional[str].__origin__ is Union)
print(Optional[Optional[int]], Optional[Union[int, str]], Union[int, None, None])
print(isinstance(3, Union[int, str]), isinstance(2.5, Union[int, str]), isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]), issubclass(float, Optional[int]))
print(Union[int, str] | None, Optional[int] | str, List[int] | None)
d = {Union[int, str]: 'a', Optional[int]: 'b'}
print(d[Union[str, int]], d[Union[int, None]])
for bad in ['empty', 'optional2', 'isinstance']:
    try:
        if bad == 'empty':
            Union[()]
        elif bad == 'optional2':
            Optional[int, str]
        else:
            isinstance(1, Union[int, List[int]])
    except TypeError as e:
        print('TypeError', e)
