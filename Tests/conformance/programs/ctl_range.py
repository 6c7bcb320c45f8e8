print(range(5), range(2, 10), range(2, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
print(len(range(10)), len(range(1, 10, 4)), len(range(10, 0)), len(range(-5, 5, 3)))
r = range(0, 20, 5)
print(r[0], r[-1], r[1:3], r[::-1], list(r[::-1]), 15 in r, 16 in r)
print(range(3) == range(0, 3), range(0) == range(5, 2), bool(range(0)))
print(sum(range(101)), max(range(7)), min(range(3, 8)), list(range(-3, 3)))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(10 ** 20)[5])
try:
    range(1, 5, 0)
except ValueError as e:
    print(repr(e))
try:
    range(5)[5]
except IndexError as e:
    print(repr(e))
try:
    range(1.5)
except TypeError as e:
    print(repr(e))
