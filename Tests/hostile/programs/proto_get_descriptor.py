class D:
    def __get__(self, obj, typ):
        return obj.x
class A:
    x = D()
print(A().x)
