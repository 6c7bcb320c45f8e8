import copy
x = []
for i in range(100000):
    x = [x]
y = copy.deepcopy(x)
print(y == x)
