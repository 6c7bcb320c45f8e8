class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, type(p).__name__, isinstance(p, tuple), Pair(a=3, b=4))
class Big(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 10)
print(Big(5), type(Big(5)).__name__, Big(5) + 1)
class Shout(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
print(Shout('hi'), type(Shout('hi')).__name__, Shout('a') + 'b')
class Half(float):
    def __new__(cls, v):
        return float.__new__(cls, v / 2)
print(Half(3), type(Half(3)).__name__)
print(tuple.__new__(tuple, [1, 2]), int.__new__(int, '42'), str.__new__(str, 5), float.__new__(float, '1.5'))
for bad in [lambda: tuple.__new__(int, []), lambda: int.__new__(5), lambda: tuple.__new__(Pair)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print((0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[0])
