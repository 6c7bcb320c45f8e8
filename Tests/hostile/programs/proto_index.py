import operator
class A:
    def __index__(self):
        return operator.index(self)
print([1, 2][A()])
