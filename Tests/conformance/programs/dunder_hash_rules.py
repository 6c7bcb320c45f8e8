class Base:
    def __hash__(self):
        return 7
class EqOnly(Base):
    def __eq__(self, other):
        return True
class EqKeep(Base):
    def __eq__(self, other):
        return True
    __hash__ = Base.__hash__
class MinusOne:
    def __hash__(self):
        return -1
class HugeHash:
    def __hash__(self):
        return 2 ** 64 + 5
class BoolHash:
    def __hash__(self):
        return True
class StrHash:
    def __hash__(self):
        return 'seven'
print(EqOnly.__hash__, hash(EqKeep()), hash(Base()))
print(hash(MinusOne()), hash(HugeHash()), hash(HugeHash()) == hash(2 ** 64 + 5), hash(BoolHash()))
for obj in (EqOnly(), StrHash()):
    for f in (hash, lambda o: {o}, lambda o: {o: 1}, lambda o: o in {1: 2}):
        try:
            print(f(obj))
        except TypeError as e:
            print('TypeError', e)
class FloatHash:
    def __hash__(self):
        return 1.0
try:
    hash(FloatHash())
except TypeError as e:
    print('TypeError', e)
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(-(2 ** 61)))
{EqOnly(): 'value'}
