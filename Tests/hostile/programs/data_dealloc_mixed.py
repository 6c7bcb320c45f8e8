x = None
for i in range(300000):
    x = [x] if i % 3 == 0 else ({1: x} if i % 3 == 1 else (x,))
del x
print('freed')
