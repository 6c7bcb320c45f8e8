f = None
for i in range(100000):
    f = (lambda g: lambda: g)(f)
del f
print('freed')
