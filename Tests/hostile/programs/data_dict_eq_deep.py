a = {}
b = {}
for i in range(100000):
    a = {'k': a}
    b = {'k': b}
print(a == b)
