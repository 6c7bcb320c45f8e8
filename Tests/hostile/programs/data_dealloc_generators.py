g = iter(())
for i in range(100000):
    g = (x for x in g)
del g
print('freed')
