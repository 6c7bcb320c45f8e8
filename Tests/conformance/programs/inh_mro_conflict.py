class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(P, Q): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromInt(5): pass
except TypeError as e:
    print('TypeError', e)
class Good(B, A): pass
print([k.__name__ for k in Good.__mro__])
class Dup2(B, B): pass
