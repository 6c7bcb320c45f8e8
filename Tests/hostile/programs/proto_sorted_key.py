def key(x):
    return sorted([x, x], key=key)
print(sorted([1, 2], key=key))
