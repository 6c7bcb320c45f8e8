l = ['x', 'y']
l.remove('x')
print(l)
l.remove('x')
