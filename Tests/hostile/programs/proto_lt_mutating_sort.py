class A:
    def __lt__(self, other):
        L.append(A())
        L.clear()
        return True
L = [A() for i in range(100)]
try:
    L.sort()
except ValueError as e:
    print(type(e).__name__, e)
