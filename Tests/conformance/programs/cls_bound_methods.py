class A:
    def __init__(self, v):
        self.v = v
    def get(self, extra=0):
        return self.v + extra

a = A(10)
m = a.get
print(m(), m(5))
print(m.__self__ is a, m.__func__ is A.get)
print(m.__name__, m.__qualname__)
print(A.get(a, 1))
print(A.get)
print(m)
f = A.get
print(f(A(3)))
print(a.get == a.get, a.get is a.get)
print(a.get == A(10).get)
print(callable(m), callable(A.get), callable(a), callable(A))
methods = [A(i).get for i in range(3)]
print([g(100) for g in methods])
b = A(7)
b.get = lambda extra=0: 'instance attr wins'
print(b.get(), A.get(b))
