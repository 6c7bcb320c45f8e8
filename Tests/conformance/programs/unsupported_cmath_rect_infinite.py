# cmath.rect with an infinite argument is refused (CPython's special-value rules are not written yet)
import cmath
print(cmath.rect(2, 0.5))
print(cmath.rect(float('inf'), 0.5))
