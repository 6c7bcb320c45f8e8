class A:
    def __hash__(self):
        return hash((self,))
d = {A(): 1}
