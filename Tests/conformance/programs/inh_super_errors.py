class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return super().f() + '/B'
    def g(self):
        return super().g()

print(B().f())
try:
    B().g()
except AttributeError as e:
    print('AttributeError', e)
try:
    super(B, 5)
except TypeError as e:
    print('TypeError', e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    super(A, A()).f()
except AttributeError as e:
    print('AttributeError', e)
class C(B):
    def f(self):
        return super(B, self).f() + '/C'
print(C().f())
B().g()
