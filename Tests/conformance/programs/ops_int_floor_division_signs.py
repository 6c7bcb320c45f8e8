# // and % on ints of every sign combination, at the edges of 64-bit ints, and by zero.
values = [0, 1, 2, 3, 7, -1, -2, -3, -7, 9223372036854775807, -9223372036854775807 - 1, 10**20, -10**20]
divisors = [1, 2, 3, 7, -1, -2, -3, -7, 9223372036854775807, -9223372036854775807 - 1, 10**20]
for x in values:
    print(x, [(x // d, x % d) for d in divisors])
for x in values:
    print(x // 2, x % 2, x // -2, x % -2, x % 1000, x // 1000)
n = -9223372036854775807 - 1
n //= -1
print(n)
m = -9223372036854775807 - 1
m %= -1
print(m)
for x in [5, -5]:
    for d in [0]:
        try:
            print(x // d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            print(x % d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7 // 2.0, -7 % 2.5)
total = 0
for i in range(-50, 50):
    total += i // 7 + i % 7 + i // -3 + i % -3
print(total)
