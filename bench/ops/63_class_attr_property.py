# row: class attribute and @property access
class Shape:
    sides = 4
    scale = 2

    def __init__(self, w):
        self._w = w

    @property
    def width(self):
        return self._w

    @property
    def area(self):
        return self._w * self._w * self.scale


def bench():
    s = Shape(3)
    total = 0
    for i in range(10000):
        total += s.sides + Shape.scale + s.width + s.area
    return total

print(bench())
