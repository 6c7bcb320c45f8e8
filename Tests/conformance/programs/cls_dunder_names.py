class A:
    """Doc of A."""
    def f(self):
        pass

a = A()
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(a.__class__, a.__class__ is A, a.__module__)
print(A.__class__, type(A) is type)
print(A.f.__name__, A.f.__qualname__, A.f.__module__)
print(type(a).__name__)
print(__name__)
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, A)
A.__qualname__ = 'Q.R'
print(A, A())
print(A.__bases__, A.__base__)
print(object.__bases__, object.__base__)
print(int.__name__, int.__module__, type.__name__)
