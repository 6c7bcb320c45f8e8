x = []
for i in range(100000):
    x = [x]
y = []
for i in range(100000):
    y = [y]
print(y in [1, 2, x])
