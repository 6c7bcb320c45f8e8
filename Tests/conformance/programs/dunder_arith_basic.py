class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __lshift__(self, o): return 'lshift'
    def __rshift__(self, o): return 'rshift'
    def __divmod__(self, k):
        return (self // k, self % k)
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, b / 2, b // 2, b % 2, a ** 2, a @ b)
print(a & b, a | b, a ^ b, a << b, a >> b)
print(divmod(V(7, 9), 4))
print(pow(V(2, 3), 3))
print(a + b * 2 - a)
