def noop():
    pass
print(noop())
result = []
for i in range(4):
    for j in range(i):
        pass
    k = 0
    while k < i:
        k += 1
        if k == 2:
            continue
        result.append((i, k))
print(result)
matrix = [[1, 2, 3], [4, 5, 6]]
found = None
for row in matrix:
    for v in row:
        if v * v > 20:
            found = v
            break
    else:
        continue
    break
print('found', found)
