x = 'outer x'
g = (x for x in range(3))
print(list(g), x)
y = 10
g2 = (y * i for i in range(3))
y = 100
print(list(g2))
class C:
    factor = 5
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)
def f():
    n = 3
    return list(i + n for i in range(n))
print(f())
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(g) for g in gens])
i = 'unchanged'
list(i for i in range(5))
print(i)
