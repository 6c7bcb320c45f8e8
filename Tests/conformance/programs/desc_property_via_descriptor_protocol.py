class A:
    @property
    def p(self):
        return 'p of ' + type(self).__name__

prop = A.__dict__['p']
print(prop.__get__(A()), prop.__get__(None, A) is prop)
def f(self, x):
    return (self, x)
bound = f.__get__(5)
print(bound(6), type(bound).__name__, bound.__self__)
print(f.__get__(None, A) is f)
sm = staticmethod(f)
print(sm.__get__(None, A) is f)
cm = classmethod(f)
print(cm.__get__(None, A)(1))
print(A.__dict__['p'].__set__ is not None)
try:
    prop.__set__(A(), 1)
except AttributeError as e:
    print('AttributeError', e)
class B:
    method = f
print(B().method(1)[1], B.method('self', 2))
print(type(B.__dict__['method']).__name__, type(B().method).__name__)
