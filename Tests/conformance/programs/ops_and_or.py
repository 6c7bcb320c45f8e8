print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'default', [] and 'x')
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'last')
print(not 1, not 0, not '', not 'a', not [], not [0], not None, not not 5)
def t(n):
    print('t', n)
    return n
x = t(0) and t(1)
y = t(1) or t(2)
z = t(0) or t(3) and t(4)
print(x, y, z)
print(True and 'yes' or 'no', False and 'yes' or 'no')
print(1 < 2 and 'ab' or 'cd', (0 or 1) + 1, [] or {} or () or 'end')
