# true division, including by zero
vals = [1j, 1 + 1j, -2.5 + 4j, 3, 0.5, -7, 1e-300j, 1e300 + 1e300j, complex(0.0, -0.0) + 1]
for a in vals:
    print(' '.join(repr(a / b) for b in vals))
for a, b in [(1j, 0), (1j, 0.0), (1, 0j), (0j, 0j), (2.5, complex(0.0, -0.0)), (1j, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 5j
x /= 2
print(x)
