def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in (-5, 0, 3, 99):
    print(v, classify(v))
if []:
    print('empty list true')
elif {}:
    print('empty dict true')
else:
    print('both falsy')
if 0.0 or '' or None or () or set() or range(0):
    print('truthy')
else:
    print('all falsy')
print(bool([0]), bool(' '), bool(0.1), bool(-1), bool(range(1)))
if True: print('one-line if')
x = 5
if x > 3:
    if x > 4:
        print('nested')
