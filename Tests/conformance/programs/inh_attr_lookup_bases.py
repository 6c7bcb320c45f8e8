class A:
    x = 'A.x'
    y = 'A.y'
    z = 'A.z'
class B(A):
    y = 'B.y'
class C(A):
    x = 'C.x'
    y = 'C.y'
class D(B, C):
    pass

d = D()
print(d.x, d.y, d.z)
C.z = 'C.z'
print(d.z)
del C.x
print(d.x)
A.w = 'A.w late'
print(d.w, D.w)
d.x = 'instance'
print(d.x, D.x)
B.y = 'B.y changed'
print(D.y)
try:
    D.nothing
except AttributeError as e:
    print('AttributeError', e)
print('y' in D.__dict__, 'y' in B.__dict__)
