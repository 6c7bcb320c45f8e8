class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def describe():
        return 'static, no args'
    def uses_static(self):
        return self.add(1, 2) + MathUtil.add(3, 4)

print(MathUtil.add(1, 2), MathUtil().add(5, 6), MathUtil.describe())
print(MathUtil().uses_static())
sm = MathUtil.__dict__['add']
print(type(sm).__name__, sm.__func__ is MathUtil.add, MathUtil.add is MathUtil().add)
print(MathUtil.add.__name__, MathUtil.add.__qualname__)
def plain(x):
    return x * 10
class Late:
    f = staticmethod(plain)
    g = plain
print(Late.f(2), Late().f(3), Late.g(4))
print(callable(sm), sm(1, 1))
try:
    Late().g(5)
except TypeError as e:
    print('TypeError', e)
try:
    MathUtil.add(1)
except TypeError as e:
    print('TypeError', e)
MathUtil().describe(1)
