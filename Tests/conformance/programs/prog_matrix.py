# A matrix class with operator overloading, equality, indexing and error handling.
class MatrixError(ValueError):
    pass

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError('rows must be non-empty and of equal length')
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise MatrixError('shape mismatch for %s: %r vs %r' % (op, self.shape, other.shape))

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other, '+')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise MatrixError('cannot multiply %dx%d by %dx%d' % (n, m, m2, p))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return 'Matrix(%r)' % self.rows

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join('[' + ' '.join(str(v).rjust(width) for v in r) + ']' for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a + b, a - b, sep='\n')
print(repr(a @ b), repr(b @ a))
print(2 * a == a * 2, a * 0.5)
print(a ** 3)
print(Matrix([[1, 2, 3]]).transpose(), Matrix([[1, 2, 3]]).shape)
print(Matrix.identity(3) @ Matrix([[1], [2], [3]]) == Matrix([[1], [2], [3]]))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print('fib(30) =', fib[0, 1])
m = Matrix.zeros(2, 3)
m[1, 2] = 7
print(list(m), m.shape, a[1, 0])
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]),
            lambda: Matrix([[1], [1, 2]]), lambda: a + 1, lambda: {a: 1}, lambda: a * 'x']:
    try:
        print(bad())
    except (MatrixError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(MatrixError('x'), ValueError), a != b, a == [[1, 2], [3, 4]])
Matrix([])
