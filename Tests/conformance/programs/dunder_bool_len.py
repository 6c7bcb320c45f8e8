class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass

print(bool(B(True)), bool(B(False)))
if B(False) or B(True):
    print('branch')
print(not B(True), B(False) and 'never')
print(bool(L(0)), bool(L(3)), len(L(7)))
print(bool(Plain()))
print([x for x in [L(0), L(1), L(2)] if x] and 'some')
for bad in [B(1), L(-1), L('3')]:
    try:
        print(bool(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print('TypeError', e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
len(L(2 ** 70))
