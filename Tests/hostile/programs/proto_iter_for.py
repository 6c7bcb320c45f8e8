class A:
    def __iter__(self):
        for x in self:
            yield x
for x in A():
    pass
