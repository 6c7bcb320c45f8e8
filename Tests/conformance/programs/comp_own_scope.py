x = 'outer'
y = [x for x in range(3)]
print(x, y)
z = {x: 1 for x in 'ab'}
print(x, z)
s = {x for x in (7, 8)}
print(x, s)
n = 10
print([n + i for i in range(3)])
def f(k):
    return [k * i for i in range(3)]
print(f(5))
try:
    print([i for i in range(2)], i)
except NameError as e:
    print('NameError:', e)
