class A:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        d.clear()
        return False
d = {}
for i in range(100):
    d[A()] = i
print(len(d))
