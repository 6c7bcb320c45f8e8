def f():
    try:
        x = 1
    except ValueError:
        print('no')
    else:
        return x / 0
    finally:
        print('finally')
f()
