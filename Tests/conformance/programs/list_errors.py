def t(f):
    try:
        f()
    except Exception as e:
        print(type(e), e)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1, 2].remove(3))
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].index(1, 1))
t(lambda: [3, 'a'].sort())
t(lambda: [].insert())
t(lambda: [].append(1, 2))
t(lambda: [1].extend(5))
t(lambda: [1, 2].sort(key=len))
t(lambda: [1].sort(1))
t(lambda: [1, 2] * 'x')
t(lambda: [1] - [1])
