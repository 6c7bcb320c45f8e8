double = lambda v: v * 2 + undefined
values = [1, 2]
print(list(map(double, values)))
