# Dataclasses with methods, properties, classmethods, staticmethods and class attributes.
from dataclasses import dataclass, field, fields
@dataclass
class Temperature:
    celsius: float = 0.0
    unit_name = 'C'
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    @staticmethod
    def valid(c):
        return c >= -273.15
t = Temperature.from_f(212)
print(t, t.fahrenheit, Temperature.valid(-300), Temperature.unit_name)
print([f.name for f in fields(Temperature)], 'unit_name' in Temperature.__dataclass_fields__)
@dataclass
class Stack:
    items: list = field(default_factory=list)
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
s = Stack().push(1).push(2)
print(s, len(s), list(s), s.pop(), bool(Stack()), sorted(Stack([3, 1, 2])))
