import copy
for n in range(980, 1020):
    x = []
    for i in range(n):
        x = [x]
    try:
        copy.deepcopy(x)
    except RecursionError:
        pass
print('done')
