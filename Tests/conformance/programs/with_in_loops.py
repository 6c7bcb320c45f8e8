class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print('  enter', self.tag)
        return self.tag
    def __exit__(self, *a):
        print('  exit', self.tag, a[0].__name__ if a[0] else '')

for i in range(4):
    with Log(i) as t:
        if i == 1:
            continue
        if i == 3:
            break
        print('  body', t)
print('loop done')
def search(items, target):
    for item in items:
        with Log(item):
            if item == target:
                return 'found ' + str(item)
    return 'not found'
print(search([5, 6, 7], 6))
print(search([1], 9))
n = 0
while True:
    with Log('w%d' % n):
        n += 1
        if n == 2:
            break
print('while done', n)
