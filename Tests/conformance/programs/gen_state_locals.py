def counter(start):
    count = start
    for _ in range(4):
        received = yield count
        count = received if received else count + 1

c1 = counter(0)
c2 = counter(100)
print(next(c1), next(c2), next(c1), next(c2))
print(c1.send(10), next(c1), next(c2))
print(list(c1), list(c2))
def closure_gen():
    items = []
    def add(x):
        items.append(x)
    def gen():
        while items:
            yield items.pop(0)
    return add, gen
add, gen = closure_gen()
add(1); add(2)
g = gen()
print(next(g))
add(3)
print(list(g))
add(4)
print(list(g), list(gen()))
