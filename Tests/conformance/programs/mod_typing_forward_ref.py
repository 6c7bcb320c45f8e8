# String annotations become ForwardRef objects inside typing forms; they compare by their text.
from typing import ForwardRef, List, Optional, Dict, Union

r = ForwardRef('Tree')
print(r, r.__forward_arg__, r == ForwardRef('Tree'), r == ForwardRef('Leaf'), r == 'Tree')
print(hash(r) == hash(ForwardRef('Tree')), List['Tree'].__args__[0] == r)
print(List['Tree'], Optional['Tree'], Dict['K', List['V']], Union['A', 'B', None])
print(Union['A', 'A'], Union[int, 'int'], List['int'] == List[ForwardRef('int')])
try:
    ForwardRef(3)
except TypeError as e:
    print('TypeError', e)

class Tree:
    def __init__(self, children: List['Tree']) -> None:
        self.children = children
    def size(self) -> 'int':
        return 1 + sum(c.size() for c in self.children)

print(Tree([Tree([]), Tree([Tree([])])]).size(), Tree.size.__annotations__, Tree.__init__.__annotations__)
