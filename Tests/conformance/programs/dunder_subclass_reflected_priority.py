class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
    def __lt__(self, o):
        return 'Base.__lt__'
    def __gt__(self, o):
        return 'Base.__gt__'
    def __eq__(self, o):
        return 'Base.__eq__'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.__radd__'
    def __gt__(self, o):
        return 'Sub.__gt__'
    def __eq__(self, o):
        return 'Sub.__eq__'
class Sub2(Base):
    pass

print(Base(1) + Sub(2))
print(Sub(2) + Base(1))
print(Base(1) + Sub2(2))
print(Base(1) < Sub(2))
print(Base(1) == Sub(2))
print(Sub(1) == Base(2))
print(Base(1) < Base(2), Base(1) > Base(2))
print(1 < Base(1), 1 == Base(1))
