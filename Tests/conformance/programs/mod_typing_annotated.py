# Annotated[T, meta...]: metadata kept, nested Annotated flattened, get_origin/get_args see it.
from typing import Annotated, List, Optional, get_origin, get_args

A = Annotated[int, 'unit: m']
print(A, A.__origin__, A.__metadata__, get_origin(A) is Annotated, get_args(A))
B = Annotated[A, 'positive']
print(B, B.__metadata__, B.__origin__)
print(Annotated[List[int], 1, 2.5, (3,)], Annotated[Optional[str], None])
print(A == Annotated[int, 'unit: m'], A == Annotated[int, 'other'], A == int)
print(List[Annotated[int, 'x']], Optional[Annotated[int, 'y']])
for t in (lambda: Annotated[int], lambda: Annotated(), lambda: Annotated[()]):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
