# Runtime protocol checks look for every method and annotated attribute the protocol declares.
from typing import Protocol, runtime_checkable

@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self): ...

class Person:
    def __init__(self):
        self.name = 'ann'
    def greet(self):
        return 'hi ' + self.name

class Robot:
    def greet(self):
        return 'beep'

print(isinstance(Person(), Named), isinstance(Robot(), Named), Person().greet())

@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...

class Box:
    def __len__(self):
        return 3

print(isinstance([], Sized), isinstance('abc', Sized), isinstance(Box(), Sized), isinstance(5, Sized))
print(isinstance({}, Sized), isinstance(range(3), Sized), isinstance(3.5, Sized))

class Extended(Named, Protocol):
    age: int

print(Extended.__mro__[1].__name__, '_is_protocol' in Extended.__dict__)
print(isinstance(Person(), Extended))
try:
    isinstance(Person(), Protocol)
except TypeError as e:
    print('TypeError', e)
