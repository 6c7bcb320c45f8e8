class A:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
print(A().y)
