data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list of', n)
print(n)
values = iter(data)
while (v := next(values, None)) is not None:
    print('value', v)
print([y for x in data if (y := x * 2) > 10])
print((z := 5) + z)
def f(a):
    return a * 10
print([f(x) for x in range(3)], [r for x in range(5) if (r := f(x)) % 20 == 0])
print(r)
print(any((hit := x) > 7 for x in data), hit)
print(all((last := x) < 5 for x in data), last)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print(f(k := 4), k)
t = (w := 1, 2)
print(t, w)
