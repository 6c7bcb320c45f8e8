for a in (7, -7, 0):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10**20, 10**20 % -3, -(10**20) // 7, (10**20) // -7)
print(1e16 // 3, -1e16 % 7, 0.0 % 5, -0.0 // 5)
