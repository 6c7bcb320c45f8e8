def attempt(f):
    try:
        f()
    except Exception as e:
        print(repr(e))
def d1():
    l = [1]
    del l[5]
def d2():
    d = {}
    del d['nope']
def d3():
    t = (1, 2)
    del t[0]
def d4():
    s = 'abc'
    del s[0]
def d5():
    v = 1
    del v
    del v
attempt(d1); attempt(d2); attempt(d3); attempt(d4); attempt(d5)
