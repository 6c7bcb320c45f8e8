# Formerly unsupported_class_in_function.py: classes defined inside functions.
def make():
    class Local:
        value = 3
    return Local.value
print(make())

def factory(n):
    class Box:
        size = n
        def get(self):
            return self.size * n
    return Box

A = factory(2)
B = factory(10)
print(A.size, B.size, A().get(), B().get())
print(A is B, A.__name__, A.__qualname__)
print(A)
print(repr(B()).startswith('<__main__.factory.<locals>.Box object at 0x'))
n_outer = 'module'
def counter():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C()
c = counter()
print(c.bump(), c.bump(), c.bump())
