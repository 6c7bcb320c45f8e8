print(1 + 2.0, 3 * 1.5, 10 - True, True + 0.5, 3 / True, False * 2.5)
print(type(1 + 2.0), type(True + True), type(True + 1.0), type(7 // 2.0))
print(1 == 1.0, 2 < 2.5, True == 1.0, 0 == -0.0, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5 * 2 ** 0.5)
print(10**20 + 0.5, 10**16 + 1.0, 3 * True, True ** 10, 2 ** True)
print(int(2.9) + 1, float(3) / 2, round(2.5) + 0.5)
x = 5
x += 2.5
print(x, type(x))
x = True
x += True
print(x, type(x))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 == float('inf'), 2**1000 < float('inf'))
