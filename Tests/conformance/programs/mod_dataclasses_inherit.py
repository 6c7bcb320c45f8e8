# Field inheritance: order, overriding defaults, post_init through super().
from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    y: int = 10
print(Child(0), [f.name for f in fields(Child)], Child.__match_args__)
@dataclass
class Animal:
    name: str
    sound: str = '...'
    def speak(self):
        return f'{self.name} says {self.sound}'
@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)
d = Dog('rex', tricks=['sit'])
print(d, d.speak(), isinstance(d, Animal), Dog('a') == Dog('a'), Dog('a') == Animal('a', 'woof'))
class Mixin:
    describe = lambda self: type(self).__name__ + ':' + repr(self)
Item = dataclass(type('Item', (Mixin, Base), {'__annotations__': {'label': str}, 'label': 'item'}))
print(Item(5).describe())
@dataclass
class P:
    a: int
    def __post_init__(self):
        self.tag = 'P'
@dataclass
class Q(P):
    b: int = 0
    def __post_init__(self):
        super().__post_init__()
        self.tag += 'Q'
print(Q(1).tag, Q(1, 2))
