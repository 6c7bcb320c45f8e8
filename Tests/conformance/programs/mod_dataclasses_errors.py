# Class-definition errors: field order, mutable defaults, stray fields.
from dataclasses import dataclass, field
def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def order():
    @dataclass
    class A:
        x: int = 1
        y: int
def mutable_list():
    @dataclass
    class B:
        items: list = []
def mutable_dict():
    @dataclass
    class C:
        d: dict = {}
def mutable_set():
    @dataclass
    class D:
        s: set = set()
def no_annotation():
    dataclass(type('E', (), {'x': field(default=1)}))
def inherited_order():
    @dataclass
    class F:
        a: int = 0
    @dataclass
    class G(F):
        b: int
for make in (order, mutable_list, mutable_dict, mutable_set, no_annotation, inherited_order):
    attempt(make)
@dataclass
class Fine:
    t: tuple = (1, [2])
print(Fine())
