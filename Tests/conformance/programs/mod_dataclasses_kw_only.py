# kw_only fields: KW_ONLY marker, field(kw_only=True), dataclass(kw_only=True) and errors.
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass
class Req:
    url: str
    _: KW_ONLY
    timeout: float = 1.0
    retries: int
r = Req('u', retries=3)
print(r, Req('v', timeout=2, retries=0), Req.__match_args__)
for args, kw in [(('u', 1.0, 3), {}), (('u',), {}), (('u',), {'retries': 1, 'x': 2})]:
    try:
        Req(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0
print(Mixed(1), Mixed(1, 2, b=3), [(f.name, f.kw_only) for f in fields(Mixed)])
@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 2
for args in ((1,), ()):
    try:
        AllKw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY
except TypeError as e:
    print(type(e).__name__, e)
