# Defaults: class attributes, shared immutable defaults, factories called per instance.
from dataclasses import dataclass, field, fields, MISSING
calls = []
def make_id():
    calls.append(1)
    return len(calls)
@dataclass
class Rec:
    name: str = 'anon'
    id: int = field(default_factory=make_id)
    tags: frozenset = frozenset()
    note: str = field(default=None)
a, b, c = Rec(), Rec('b'), Rec('c', 99)
print(a, b, c, len(calls))
print(Rec.name, Rec.tags, Rec.note, hasattr(Rec, 'id'))
print([(f.name, f.default is MISSING, f.default_factory is MISSING) for f in fields(Rec)])
@dataclass
class Cls:
    kind: type = int
    fn: object = len
print(Cls(), Cls(str).kind('5') if False else Cls(str))
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, owner):
        return 'desc' if obj is None else obj.__dict__.get('_v', 'unset')
    def __set__(self, obj, value):
        obj.__dict__['_v'] = value
@dataclass
class UsesDesc:
    v: str = Desc()
u = UsesDesc('given')
print(u.v, UsesDesc().v)
