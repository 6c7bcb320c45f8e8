class A:
    def __lt__(self, other):
        return sorted([self, other])[0] is self
print(sorted([A(), A()]))
