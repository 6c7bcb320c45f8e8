class A:
    def hello(self):
        return 'A hello'
class B:
    def hello(self):
        return 'B hello'
    def only_b(self):
        return 'only B'
class AB(A, B):
    pass
class BA(B, A):
    pass

print(AB().hello(), BA().hello(), AB().only_b())
print(AB.__bases__)
AB.__bases__ = (B, A)
print(AB().hello(), [c.__name__ for c in AB.__mro__])
print(issubclass(AB, A), issubclass(AB, B))
class Deep1(AB): pass
class Deep2(Deep1): pass
print([c.__name__ for c in Deep2.__mro__])
print(Deep2().hello())
print(Deep2.mro() == list(Deep2.__mro__))
