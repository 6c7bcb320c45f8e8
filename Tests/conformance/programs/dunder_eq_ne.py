class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print('P.__eq__', self.x, getattr(other, 'x', other))
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
    __hash__ = None

print(P(1) == P(1), P(1) == P(2))
print(P(1) != P(1), P(1) != P(2))
print(P(1) == 1)
print(1 == P(1))
print(P(3) in [P(1), P(3)])
print([P(1), P(2)].index(P(2)))
print([P(1)] == [P(1)])

class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)

class CustomNe:
    def __ne__(self, other):
        return 'ne called'
print(CustomNe() != 1, CustomNe() == CustomNe())
class Truthy:
    def __eq__(self, other):
        return 'yes'
print(Truthy() == 1, [Truthy()] == [1], (Truthy() == 0) is True)
