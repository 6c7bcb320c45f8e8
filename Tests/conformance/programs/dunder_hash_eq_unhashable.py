class NoHash:
    def __eq__(self, other):
        return True
class WithHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, WithHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
class Sub(WithHash):
    def __eq__(self, other):
        return False

print(NoHash.__hash__, WithHash(1).__hash__() == hash(1))
d = {WithHash(1): 'one', WithHash(2): 'two'}
print(d[WithHash(1)], WithHash(2) in d, len({WithHash(3), WithHash(3)}))
print(Sub.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError', e)
try:
    set([Sub(1)])
except TypeError as e:
    print('TypeError', e)
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
{NoHash()}
