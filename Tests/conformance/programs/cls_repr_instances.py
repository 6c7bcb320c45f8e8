class A:
    pass
class B:
    def __repr__(self):
        return 'B()'
class C:
    def __str__(self):
        return 'str of C'

print(A)
print(repr(A))
print(str(A))
print(A())
print([A(), B()])
print(B(), [B()], (B(),), {1: B()})
print(C(), repr(C()))
print(f'{C()} {C()!r} {B()}')
print(str(B()), repr(C) )
print(type(None), type(1), type('a'), type([]), type(print))
print(object)
print(object())
print(repr(A()).startswith('<__main__.A object at 0x'))
