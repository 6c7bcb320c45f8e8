# row: any()/all() on lists and genexprs
def bench():
    a = [0, 0, 0, 0, 1, 0]
    b = [1, 2, 3, 4, 5, 6]
    n = 0
    for i in range(2400):
        if any(a):
            n += 1
        if all(b):
            n += 2
        if any(x > 4 for x in b):
            n += 3
    return n

print(bench())
