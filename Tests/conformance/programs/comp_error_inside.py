def g(v):
    return 10 // v
print([g(v) for v in [5, 2, 0, 1]])
