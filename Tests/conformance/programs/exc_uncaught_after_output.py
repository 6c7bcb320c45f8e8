print('line one')
print('line two', end='')
x = [1, 2, 3]
y = x[10]
print('never')
