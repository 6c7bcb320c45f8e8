# operators complex does not have
x = 1j
ops = [
    lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: divmod(2, 1j),
    lambda: 2 // 1j, lambda: 1j << 1, lambda: 1j & 1, lambda: ~1j, lambda: 1j + 'a',
    lambda: 'a' + 1j, lambda: [1] * 1j, lambda: 1j * [1], lambda: int(1j), lambda: float(1j),
    lambda: round(1j), lambda: 1j < 2j, lambda: sorted([1j, 2j]), lambda: max(1j, 2j),
    lambda: 1j @ 1j, lambda: None + 1j, lambda: 1j ** 'x', lambda: [0][x],
]
for f in ops:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
x = 1j
try:
    x //= 2
except TypeError as e:
    print(type(e).__name__, e)
