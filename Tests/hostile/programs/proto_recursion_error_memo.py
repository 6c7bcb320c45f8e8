def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    y = []
    memo[key] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y
for n in range(980, 1020):
    x = []
    for i in range(n):
        x = [x]
    try:
        deepcopy(x)
    except RecursionError:
        pass
print('done')
