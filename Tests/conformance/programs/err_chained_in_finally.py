def f():
    try:
        return 1 / 0
    finally:
        print('cleaning')
        [][0]
f()
