# sum() walks lists and tuples in place: same results, and a list changed during the sum
# (by a user __add__) is seen live, as iterating it would see it.
print(sum([1, 2, 3]), sum((1.5, 2.25)), sum([0.1] * 10), sum([1, 2.5, True]), sum([], 7))
print(sum([2**62, 2**62, 2**62]), sum((-2**63, -1)), sum([1.0, 2], start=3))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
class Grow:
    def __init__(self, items):
        self.items = items
    def __radd__(self, other):
        if len(self.items) < 6:
            self.items.append(1)
        return other + 1
items = []
items += [Grow(items), Grow(items)]
print(sum(items), len(items))
for bad in (["a"], [1, "b"], [None]):
    try:
        print(sum(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(x * x for x in range(5)), sum(range(10)), sum({1: 2, 3: 4}))
