class N:
    pass
x = None
for i in range(300000):
    n = N()
    n.next = x
    x = n
del x, n
print('freed')
