class A:
    def __getitem__(self, i):
        return self[i]
print(A()[0])
