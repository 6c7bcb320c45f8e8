# cmath.exp of an infinite argument is refused (CPython's special-value rules are not written yet)
import cmath
print(cmath.exp(1j))
print(cmath.exp(complex(float('inf'), 1)))
