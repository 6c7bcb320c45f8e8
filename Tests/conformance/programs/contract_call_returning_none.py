def f():
    print('in f')
f()
