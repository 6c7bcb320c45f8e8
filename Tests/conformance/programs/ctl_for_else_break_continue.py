for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
else:
    print('no')
for c in 'ab':
    print(c)
else:
    print('for else ran')
for x in []:
    print('never')
else:
    print('empty for else')
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
print('final i', i, 'j', j)
