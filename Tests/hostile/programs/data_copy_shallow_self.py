import copy
x = []
x.append(x)
y = copy.deepcopy(x)
print(y[0] is y, copy.copy(x)[0] is x)
