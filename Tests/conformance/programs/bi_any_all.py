print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any('abc'), all(''), any({0: 1}), all({0: 1}), any(range(0)), all(range(1, 5)))
print(any([x > 3 for x in [1, 5]]), all([x > 0 for x in [1, 5]]))
def noisy(v):
    print('check', v)
    return v
print(any(map(noisy, [0, 1, 2])), all(map(noisy, [1, 0, 2])))
