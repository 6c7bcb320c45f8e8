class A:
    def __eq__(self, other):
        L.clear()
        return False
L = [A() for i in range(100)]
print(A() in L, len(L))
