s = 'hello world, hello'
print(s.find('o'), s.find('hello', 1), s.find('z'), s.find(''), s.find('o', 5, 8), s.find('o', -5))
print(s.rfind('hello'), s.rfind('o'), s.rfind('z'), s.index('world'), s.rindex('l'), s.find('', 100))
print(s.count('l'), s.count('hello'), s.count(''), 'aaaa'.count('aa'), s.count('l', 5), s.count('o', 0, 5))
print('abc'.find('c', -1), 'abc'.find('a', -100), 'abc'.count('', 1), 'ééé'.find('é', 1), 'ééé'.count('é'))
try:
    s.index('xyz')
except ValueError as e:
    print(e)
try:
    s.rindex('q')
except ValueError as e:
    print(e)
