class A:
    def __repr__(self):
        L.clear()
        return 'A'
L = [A(), A(), A()]
print(L, L)
