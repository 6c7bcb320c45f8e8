class A:
    def __bool__(self):
        return not self
if A():
    print('yes')
