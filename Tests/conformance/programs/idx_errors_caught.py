def t(f):
    try:
        f()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e), e)
s, l, u = 'abc', [1, 2], (1,)
t(lambda: s[3])
t(lambda: s[-4])
t(lambda: l[2])
t(lambda: l[-3])
t(lambda: u[1])
t(lambda: [][0])
t(lambda: ''[0])
t(lambda: l['0'])
t(lambda: s[1.0])
t(lambda: u[None])
t(lambda: l[::0])
t(lambda: s[10 ** 30])
t(lambda: l.pop(7))
def setitem():
    l[5] = 0
t(setitem)
def str_assign():
    s[0] = 'z'
t(str_assign)
def tuple_assign():
    u[0] = 2
t(tuple_assign)
t(lambda: {}[[]])
