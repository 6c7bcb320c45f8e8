class A:
    def __len__(self):
        return 1 if self else 0
print(bool(A()))
