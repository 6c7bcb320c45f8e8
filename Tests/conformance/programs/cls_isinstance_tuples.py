class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(isinstance(b, (C, (int, (str, B)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(issubclass(B, B), issubclass(B, object), issubclass(type, object))
print(isinstance(A, type), isinstance(b, object), isinstance(3, object))
print(isinstance(True, int), issubclass(bool, int))
print(isinstance(b, ()), issubclass(B, ()))
try:
    isinstance(b, b)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(B, 3)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(b, [A])
except TypeError as e:
    print('TypeError', e)
