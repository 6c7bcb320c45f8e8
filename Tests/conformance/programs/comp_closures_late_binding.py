fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer():
    base = 100
    return [base + j for j in range(2)], {j: base for j in range(2)}
print(outer())
def nested():
    m = 3
    return [[m * a + b for b in range(m)] for a in range(m)]
print(nested())
