# Field objects: repr, metadata, the class-level __dataclass_fields__ and __dataclass_params__.
from dataclasses import dataclass, field, fields, Field, MISSING
@dataclass(order=True)
class Item:
    name: str
    price: float = field(default=0.0, metadata={'unit': 'EUR'})
    tags: list = field(default_factory=list, repr=False, compare=False)
f_name, f_price, f_tags = fields(Item)
print(f_price)
print(f_price.metadata['unit'], dict(f_name.metadata), f_tags.default_factory, f_tags.default is MISSING)
print(isinstance(f_name, Field), f_name.type, f_price.type, f_name.init, f_tags.compare)
print(list(Item.__dataclass_fields__), Item.__dataclass_params__)
print(fields(Item(1)) == fields(Item), type(fields(Item)).__name__)
fl = field(default=5)
print(fl.name, fl.type, fl.default)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'))
