x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 10; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {'k': 1}
d['k'] += 10
l = [1, 2, 3]
l[1] *= 5
l[-1] **= 2
print(d, l)
