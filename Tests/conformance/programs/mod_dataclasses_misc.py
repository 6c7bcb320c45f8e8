# fields(), is_dataclass(), MISSING, KW_ONLY, make_dataclass, ClassVar strings.
import dataclasses
from dataclasses import dataclass, field, fields, is_dataclass, KW_ONLY, make_dataclass
@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)
    note: 'str' = 'n'
print(Opts(1), Opts(1, b=5, c=6), [f.name for f in fields(Opts)], Opts.note, Opts.__match_args__)
try:
    Opts(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class K:
    x: int
    y: int = 0
print(K(x=1), K(y=2, x=3))
try:
    K()
except TypeError as e:
    print(type(e).__name__, e)
print(is_dataclass(Opts), is_dataclass(Opts(1)), is_dataclass(int), is_dataclass(dataclass))
print(fields(Opts)[0].default is dataclasses.MISSING, repr(fields(Opts)[0].type))
try:
    fields(5)
except TypeError as e:
    print(type(e).__name__, e)
Pt = make_dataclass('Pt', [('x', int), ('y', int, field(default=0))])
print(Pt(1), Pt(1, 2) == Pt(1, 2), Pt.__name__)
print(Opts.__dataclass_params__)
