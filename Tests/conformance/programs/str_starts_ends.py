s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith('name', 4), s.startswith(''), s.endswith('.gz'))
print(s.endswith(('.zip', '.gz')), s.startswith(('x', 'y')), s.endswith('tar', 0, 12), 'abc'.startswith('abcd'))
print(''.startswith(''), ''.endswith('a'), 'héllo'.startswith('hé'), 'abc'.endswith('c', -1), 'abc'.startswith('b', -2))
try:
    s.startswith(['file'])
except TypeError as e:
    print(e)
