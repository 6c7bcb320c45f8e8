class Table:
    print('executing class body')
    rows = []
    for i in range(3):
        rows.append(i * i)
    if len(rows) > 2:
        big = True
    else:
        big = False
    squares = {k: k * k for k in range(3)}
    try:
        1 / 0
    except ZeroDivisionError:
        failed = 'yes'
    while rows and rows[-1] > 3:
        rows.pop()
    del i
    def helper(x):
        return x + 1
    doubled = helper(20)
    label = 'T' + str(len(rows))

print(Table.rows, Table.big, Table.squares, Table.failed)
print(Table.doubled, Table.label)
print(hasattr(Table, 'i'))
print(sorted(k for k in Table.__dict__ if not k.startswith('__')))
