i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished normally')
n = 10
while n:
    n -= 3
    if n < 0:
        print('breaking at', n)
        break
else:
    print('not printed')
while False:
    pass
else:
    print('else of never-run while')
count = 0
while True:
    count += 1
    if count >= 3:
        break
print('count', count)
