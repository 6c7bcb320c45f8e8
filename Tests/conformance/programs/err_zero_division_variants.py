def t(f):
    try:
        f()
    except ZeroDivisionError as e:
        print(repr(e))
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: 5 % 0.0)
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -2)
t(lambda: 2 ** 100 // 0)
t(lambda: 2 ** 100 % 0)
t(lambda: True / False)
t(lambda: pow(0, -1))
t(lambda: -0.0 / 0)
x = 10
y = 0
t(lambda: x % y)
