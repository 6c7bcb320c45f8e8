class A:
    def __getattribute__(self, name):
        return self.__dict__
print(A().y)
