class A:
    def __len__(self):
        return len(self)
print(len(A()))
