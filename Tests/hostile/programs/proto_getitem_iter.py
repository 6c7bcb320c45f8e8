class A:
    def __getitem__(self, i):
        return list(self)
print(list(A()))
