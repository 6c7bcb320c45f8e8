class A:
    def __format__(self, spec):
        return f'{self:{spec}}'
print(f'{A():x}')
