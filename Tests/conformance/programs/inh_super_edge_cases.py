class A:
    def who(self):
        return 'A'
    @classmethod
    def make(cls):
        return 'make ' + cls.__name__
class B(A):
    def who(self):
        helper = lambda: super(B, self).who()
        return 'B+' + helper()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    @classmethod
    def make(cls):
        return super().make() + '!'
    @staticmethod
    def static_super():
        return super().who()
class C(B):
    def who(self):
        return 'C+' + super().who()
c = C()
print(c.who(), c.nested(), C.make(), B().who(), super(B, c).who(), super(C, C).make())
for call in (lambda: C.static_super(), lambda: super(int, c), lambda: super(C, 5)):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
def outside(self):
    return super().who()
B.outside = outside
try:
    c.outside()
except RuntimeError as e:
    print('RuntimeError', e)
print(type(super(C, c)).__name__, super(C, c).__self__ is c, super(C, c).__thisclass__.__name__)
