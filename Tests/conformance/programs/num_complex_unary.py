# unary minus and plus, including signed zeros
for z in [1j, 0j, -0j, 1 + 2j, complex(-0.0, 0.0), complex(float('inf'), -float('nan'))]:
    print(repr(z), repr(-z), repr(+z), repr(-(-z)))
print(-(1 + 0j) == -1)
x = 2j
x += 1
x *= 1j
x -= 0.5
x **= 2
print(x)
