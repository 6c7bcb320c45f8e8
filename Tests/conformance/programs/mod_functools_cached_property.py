# functools.cached_property: computed once per instance, stored in __dict__, its errors.
from functools import cached_property
class Data:
    def __init__(self, values): self.values = values
    @cached_property
    def total(self):
        "The sum."
        print('  computing total')
        return sum(self.values)
d = Data([1, 2, 3])
print(d.__dict__, d.total, d.total, d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total)
d.total = 100
print(d.total, Data([5]).total)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__, Data.total.func.__name__)
class Sub(Data):
    @cached_property
    def total(self):
        return -1
print(Sub([1]).total)
