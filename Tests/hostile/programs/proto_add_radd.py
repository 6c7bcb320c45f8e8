class A:
    def __add__(self, o):
        return o + self
class B:
    def __radd__(self, o):
        return self + o
    def __add__(self, o):
        return o + self
print(A() + B())
