class A:
    def __del__(self):
        A()
for i in range(10):
    A()
print('done')
