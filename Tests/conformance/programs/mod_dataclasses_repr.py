# Generated __repr__: nested, recursive, repr=False fields, custom __repr__ kept, qualname.
from dataclasses import dataclass, field
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)
root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)
@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f'<Custom {self.x}>'
print(Custom(3), [Custom(1)])
class Outer:
    @dataclass
    class Inner:
        a: str = 'a'
print(Outer.Inner(), str(Outer.Inner('b')), f'{Outer.Inner()!r}')
@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))
@dataclass
class Strs:
    s: str
    f: float
    t: tuple
print(Strs("it's", 1.5, (None, True)))
