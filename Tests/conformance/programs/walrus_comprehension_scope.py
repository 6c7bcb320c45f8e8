def outer():
    [inner_binding := i for i in range(3)]
    return inner_binding
print(outer())
def counting():
    count = 0
    evens = [count := count + 1 for x in range(10) if x % 2 == 0]
    return evens, count
print(counting())
def nested():
    res = [[(last := i * j) for j in range(3)] for i in range(3)]
    return res, last
print(nested())
def genexp_binding():
    g = (found := x for x in 'abc')
    list(g)
    return found
print(genexp_binding())
x = 'global x'
def shadow():
    return [x := c for c in 'ab'], x
print(shadow(), x)
print([w := 'module level' for _ in range(1)], w)
def uses_nonlocal():
    hits = 0
    def inner():
        nonlocal hits
        return [hits := hits + 1 for _ in range(3)]
    return inner(), hits
print(uses_nonlocal())
