# complex numbers among the builtins
zs = [1 + 2j, 3 - 1j, -0.5j]
print(sum(zs), sum(zs, 1j), sum([1, 2.5, 1j]))
print(list(map(abs, [3 + 4j, 1j])), [z * 2 for z in zs])
print(sorted([3 + 4j, 1j, 2], key=abs), min(zs, key=lambda z: z.imag))
print(len(set([1j, 1j, 2j])), zs.count(3 - 1j), zs.index(-0.5j))
print(complex.__name__, type(2j)(3), repr(complex))
t = tuple(complex(i, -i) for i in range(3))
print(t, t[1] + t[2])
print(pow(2j, 2), 2j.__class__.__name__ if False else (2j).__class__.__name__)
import copy
print(copy.copy(2j), copy.deepcopy([3j, {'k': 1 - 1j}]))
for args in [(1j, 2, 3), (2, 2, 3j), (2, 1j, None), (1j, 'x', 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
match 1 + 2j:
    case 1 - 2j:
        print('no')
    case 1 + 2j:
        print('matched', -1j)
