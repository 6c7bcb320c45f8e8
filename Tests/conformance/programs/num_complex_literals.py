# complex literals and their reprs
print(1j, 2.5J, 0j, 1e3j, 1_000j, 0.5j)
print(repr(1j), str(2j), repr(-1j))
print(1 + 2j, 1 - 2j, -1 - 2j, (1.5 + 0j))
x = 3 + 4j
print(x, x.real, x.imag, type(x.real).__name__)
print(type(1j).__name__, type(1j) is complex, isinstance(1j, complex))
print(isinstance(1j, (int, float)), isinstance(1, complex))
print([1j, 2 + 3j], (1j,), {'k': 1j})
print(f"{1j} {2 - 1j}", "%s %r" % (1j, 2 + 0j))
print(1e16j, 1e-5j, 123456789012345678j)
x
