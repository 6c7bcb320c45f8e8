# program: matrix multiply, Gaussian elimination and numeric integration
import math

N = 28          # matrix dimension
STEPS = 2000    # integration intervals


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def generated(cls, n, seed):
        vals = []
        x = seed
        for i in range(n):
            row = []
            for j in range(n):
                x = (x * 75 + 74) % 65537
                row.append((x % 201 - 100) / 10.0 + (n if i == j else 0))
            vals.append(row)
        return cls(vals)

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def trace(self):
        return sum(self.rows[i][i] for i in range(min(self.n, self.m)))

    def frobenius(self):
        return math.sqrt(sum(v * v for row in self.rows for v in row))

    def max_abs(self):
        return max(abs(v) for row in self.rows for v in row)


def lu_solve(mat, rhs):
    """Gaussian elimination with partial pivoting; returns (solution, determinant)."""
    n = mat.n
    a = [row[:] + [b] for row, b in zip(mat.rows, rhs)]
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return None, 0.0
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        p = a[col][col]
        det *= p
        for r in range(col + 1, n):
            factor = a[r][col] / p
            if factor:
                row_r, row_c = a[r], a[col]
                for k in range(col, n + 1):
                    row_r[k] -= factor * row_c[k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = a[i][n] - sum(a[i][k] * x[k] for k in range(i + 1, n))
        x[i] = s / a[i][i]
    return x, det


def inverse(mat):
    n = mat.n
    cols = []
    for j in range(n):
        e = [1.0 if i == j else 0.0 for i in range(n)]
        col, _ = lu_solve(mat, e)
        cols.append(col)
    return Matrix(cols).transpose()


def simpson(f, a, b, n):
    if n % 2:
        n += 1
    h = (b - a) / n
    total = f(a) + f(b)
    total += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    total += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return total * h / 3


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, n)) + 0.5 * f(b))


def power_iteration(mat, iters=40):
    v = [1.0] * mat.n
    lam = 0.0
    for _ in range(iters):
        w = [sum(a * b for a, b in zip(row, v)) for row in mat.rows]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
        lam = norm
    return lam, v


def main():
    a = Matrix.generated(N, 12345)
    b = Matrix.generated(N, 999)
    c = a @ b
    print(f"A: trace={a.trace():.4f} frob={a.frobenius():.4f}")
    print(f"C=A@B: trace={c.trace():.4f} max|c|={c.max_abs():.4f} c[3][7]={c.rows[3][7]:.6f}")
    print(f"(AB)^T == B^T A^T: {(c.transpose() - b.transpose() @ a.transpose()).max_abs() < 1e-9}")

    rhs = [float(i % 7 - 3) for i in range(N)]
    x, det = lu_solve(a, rhs)
    residual = max(abs(sum(r * xi for r, xi in zip(row, x)) - bi) for row, bi in zip(a.rows, rhs))
    print(f"det(A) = {det:.6e}, log10|det| = {math.log10(abs(det)):.6f}")
    print(f"solution head: {[round(v, 5) for v in x[:4]]}, residual < 1e-9: {residual < 1e-9}")

    small = Matrix([[4, -2, 1], [3, 6, -4], [2, 1, 8]])
    inv = inverse(small)
    err = (small @ inv - Matrix.identity(3)).max_abs()
    print("inverse of 3x3:")
    for row in inv.rows:
        print("  " + " ".join(f"{v:+.5f}" for v in row))
    print(f"  |M M^-1 - I| small: {err < 1e-12}, det = {lu_solve(small, [0, 0, 0])[1]:g}")

    sym = a @ a.transpose()
    lam, vec = power_iteration(sym)
    print(f"dominant eigenvalue of A A^T ~ {lam:.5f}, sqrt = {math.sqrt(lam):.5f}")

    integrals = [
        ("sin 0..pi", math.sin, 0.0, math.pi, 2.0),
        ("exp(-x^2) -3..3", lambda t: math.exp(-t * t), -3.0, 3.0, math.sqrt(math.pi) * math.erf(3)),
        ("1/(1+x^2) 0..1", lambda t: 1 / (1 + t * t), 0.0, 1.0, math.pi / 4),
        ("x^3 log(x) 1..2", lambda t: t ** 3 * math.log(t), 1.0, 2.0, 4 * math.log(2) - 15 / 16),
    ]
    for name, f, lo, hi, exact in integrals:
        s = simpson(f, lo, hi, STEPS)
        t = trapezoid(f, lo, hi, STEPS)
        print(f"{name:<17} simpson={s:.12f} trap={t:.10f} err_s={abs(s - exact):.2e}")


main()
