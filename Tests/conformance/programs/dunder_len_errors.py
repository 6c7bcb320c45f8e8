class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
def check(v):
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

check(3)
check(0)
check(True)
check(-1)
check(2.5)
check('3')
check(None)
check(2 ** 63)
class IndexLike:
    def __index__(self):
        return 6
check(IndexLike())
print(bool(L(0)), bool(L(2)))
len(L(-5))
